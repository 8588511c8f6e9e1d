package id.musrenflow.proposal.ui;

import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.region.Territory;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the usulan form's binder reads and writes, before it becomes a {@link ProposalDraft}. */
class ProposalFormData {

    Territory kelurahan;
    String residentName;
    String residentPhone;
    Set<String> rtCodes = new LinkedHashSet<>();
    String address;
    ProposalKind kind;
    ProposalField field;
    boolean direct;
    CatalogueItem item;
    String title;
    String problem;
    String description;
    String expectedOutput;
    Integer beneficiaries;
    String beneficiaryGroup;
    BigDecimal volume;
    String unit;
    BigDecimal unitCost;
    BigDecimal cost;
    String costReason;
    String contribution;
}
