package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.Component;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.proposal.TaskDeadline;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The timeline's words for a reminder or an escalation of the usulan's open task. */
final class DeadlineStepText {

    private DeadlineStepText() {
    }

    /** "Tugas Telaah RW melewati tenggat 12 Februari 2027; dieskalasikan ke Lurah · Medono". */
    static String of(Component in, Locale locale, TaskDeadline deadline, UnaryOperator<String> positionLabel) {
        String stage = in.getTranslation("usulan.tahap." + deadline.stage());
        String due = deadline.due() == null ? "" : IndonesianDates.longDate(deadline.due().toLocalDate(), locale);
        return deadline.kind() == TaskDeadline.Kind.ESKALASI
                ? in.getTranslation("usulan.riwayat.eskalasi", stage, due, positionLabel.apply(deadline.escalatedTo()))
                : in.getTranslation("usulan.riwayat.pengingat", stage, due);
    }
}
