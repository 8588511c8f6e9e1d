package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.internal.DraftRules;

/** Withdrawal by the proposer, which needs a reason; the dialog stays open with the text until it is accepted. */
class WithdrawDialog extends FormDialog {

    private final transient ProposalService proposals;
    private final ProposalSummary usulan;
    private final String actor;
    private final Runnable done;
    private final TextArea reason = new TextArea();

    WithdrawDialog(ProposalService proposals, ProposalSummary usulan, String actor, Runnable done) {
        super(usulan.number(), "usulan.tarik");
        this.proposals = proposals;
        this.usulan = usulan;
        this.actor = actor;
        this.done = done;
        reason.setId("usulan-alasan-tarik");
        reason.setLabel(getTranslation("usulan.tarik.alasan"));
        TextLimits.counted(reason, 1000);
        reason.setWidthFull();
        addFields(reason);
    }

    @Override
    protected void save() {
        if (DraftRules.hasMarkup(reason.getValue())) {
            throw new BusinessException("usulan.error.html");
        }
        proposals.withdraw(usulan.id(), actor, reason.getValue());
        done.run();
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return "umum.error.alasan-wajib".equals(messageKey) || "usulan.error.html".equals(messageKey) ? reason : null;
    }
}
