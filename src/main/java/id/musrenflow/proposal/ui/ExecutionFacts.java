package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.Rupiah;
import id.musrenflow.proposal.ProposalExecution;
import java.time.LocalDate;

/**
 * What became of an usulan after the RKPD: budget document, amounts and dates as the final OPD recorded them, or how
 * long an unfunded usulan stays valid. Only public facts (the APBD is public), never notes, so the tracking page may
 * show it too.
 */
class ExecutionFacts extends Div {

    ExecutionFacts(ProposalExecution execution) {
        setId("usulan-pelaksanaan");
        add(new H3(getTranslation("usulan.pelaksanaan.judul")));
        row("nomor-dpa", execution.budgetReference());
        row("tanggal-dpa", date(execution.budgetDate()));
        row("nilai-anggaran", execution.budgetAmount() == null ? null : Rupiah.format(execution.budgetAmount()));
        row("tanggal-mulai", date(execution.startDate()));
        row("tanggal-selesai", date(execution.completionDate()));
        row("nilai-realisasi", execution.realisation() == null ? null : Rupiah.format(execution.realisation()));
        if (execution.validUntil() != null && !execution.budgeted()) {
            Paragraph valid = new Paragraph(getTranslation("usulan.pelaksanaan.berlaku-sampai",
                    date(execution.validUntil())));
            valid.setId("usulan-berlaku-sampai");
            add(valid);
        }
    }

    static boolean worthShowing(ProposalExecution execution) {
        return execution != null && !execution.isEmpty();
    }

    private String date(LocalDate date) {
        return date == null ? null : IndonesianDates.longDate(date, getLocale());
    }

    private void row(String key, String value) {
        if (value == null) {
            return;
        }
        Span label = new Span(getTranslation("usulan.pelaksanaan." + key));
        label.addClassName("mf-muted");
        Paragraph text = new Paragraph(value);
        text.setId("usulan-pelaksanaan-" + key);
        add(new Div(label, text));
    }
}
