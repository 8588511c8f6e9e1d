package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One usulan of the demo season as the services would have left it: its columns, its status history and, while it
 * waits on a task or a forum, the BPMN element its process instance waits at. Mutable while the plan builds it.
 */
final class DemoSeasonUsulan {

    /** One row of usulan_riwayat. */
    record Step(LocalDateTime at, String actor, String position, ProposalStatus from, ProposalStatus to,
                String reasonCode, String reason, String note) {
    }

    String number;
    int year;
    ProposalStatus status = ProposalStatus.DRAFT;
    int revision;
    ProposalOrigin origin;
    String proposer;
    String proposerPosition;
    String residentName;
    String kelurahan;
    String kecamatan;
    String rw;
    String rt;
    String address;
    BigDecimal latitude;
    BigDecimal longitude;
    CatalogueItem item;
    String title;
    String problem;
    String output;
    int beneficiaries;
    String beneficiaryGroup;
    BigDecimal volume;
    BigDecimal cost;
    String finalOpd;
    Integer rankRw;
    Integer rankKelurahan;
    Integer rankKecamatan;
    boolean danaKelurahan;
    int repeat = 1;
    LocalDate validUntil;
    LocalDateTime created;
    LocalDateTime submitted;
    LocalDateTime fieldVerified;
    LocalDateTime due;
    String budgetNumber;
    LocalDate budgetDate;
    BigDecimal budget;
    /** BPMN element the process instance waits at; null when the usulan has no running process. */
    String waitAt;
    /** Where a returned usulan goes back after its revision (the model's tahapRevisi). */
    String revisionStage;
    /** Who holds the open task's OPD list (kodeOpd): the final OPD once re-assigned. */
    String taskOpd;
    final List<Step> history = new ArrayList<>();

    LocalDateTime changed() {
        return history.isEmpty() ? created : history.get(history.size() - 1).at();
    }

    String initialOpd() {
        return item.opdCode();
    }
}
