package id.musrenflow.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.musrenflow.TestTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dates mean something: a field survey or a finished job happened (not after today, not before the process began,
 * not before the start it finishes), a visit is scheduled (not before today). Checked on the server and offered
 * as the pickers' limits (see CamundaFormViewTest).
 */
class FormDatesTest {

    private static final FormSchemaReader FORMS = new FormSchemaReader();
    private static final FormSchemaReader TEST_FORMS = new FormSchemaReader("forms-test");
    private final FormValidator validator = new FormValidator();
    private final LocalDate today = TestTime.startDate();
    private final LocalDate started = today.minusMonths(2);
    private final FormContext context = new FormContext(today, started, Map.of("tanggalMulai", today.minusDays(20)
            .toString()));

    private List<FieldError> survey(LocalDate day) {
        Map<String, Object> values = new HashMap<>(Map.of("keputusan", "LAYAK"));
        values.put("tanggalSurvei", day.toString());
        return validator.check(FORMS.read("form-verifikasi-lapangan"), values, Map.of(), context).errors();
    }

    @Test
    void a_field_survey_cannot_lie_in_the_future_nor_before_the_usulan_was_submitted() {
        assertThat(survey(today)).isEmpty();
        assertThat(survey(started)).isEmpty();
        assertThat(survey(today.plusDays(1))).extracting(FieldError::fieldKey, FieldError::messageKey)
                .containsExactly(tuple("tanggalSurvei", FieldError.DATE_IN_FUTURE));
        assertThat(survey(LocalDate.of(today.getYear() + 4, 12, 31))).extracting(FieldError::args)
                .containsExactly(List.of(String.format("%02d/%02d/%d", today.getDayOfMonth(), today.getMonthValue(),
                        today.getYear())));
        assertThat(survey(started.minusDays(1))).extracting(FieldError::messageKey)
                .containsExactly(FieldError.DATE_BEFORE_PROCESS);
        // without a context (a form outside a process) any date passes, as before
        assertThat(validator.check(FORMS.read("form-verifikasi-lapangan"), Map.of("keputusan", "LAYAK",
                "tanggalSurvei", today.plusYears(4).toString()), Map.of()).errors()).isEmpty();
    }

    @Test
    void a_job_finishes_on_or_after_the_day_it_started_and_not_after_today() {
        FormSchema form = TEST_FORMS.read("form-tanggal");
        LocalDate start = today.minusDays(20);
        assertThat(validator.check(form, Map.of("tanggalSelesai", start.minusDays(1).toString()),
                Map.of(), context).errors()).extracting(FieldError::messageKey).containsExactly(FieldError.DATE_BEFORE);
        assertThat(validator.check(form, Map.of("tanggalSelesai", start.toString()),
                Map.of(), context).errors()).isEmpty();
        assertThat(validator.check(form, Map.of("tanggalSelesai", today.plusDays(3).toString()),
                Map.of(), context).errors()).extracting(FieldError::messageKey)
                .containsExactly(FieldError.DATE_IN_FUTURE);
    }

    @Test
    void a_visit_is_scheduled_from_today_on() {
        FormSchema form = TEST_FORMS.read("form-tanggal");
        assertThat(validator.check(form, Map.of("jadwal", today.minusDays(1).atTime(9, 0).toString()),
                Map.of(), context).errors()).extracting(FieldError::messageKey).containsExactly(FieldError.DATE_PASSED);
        assertThat(validator.check(form, Map.of("jadwal", today.atTime(14, 0).toString()),
                Map.of(), context).errors()).isEmpty();
    }

    @Test
    void a_date_rule_on_a_field_that_is_no_date_is_a_broken_form() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FormSchemaReader("forms-test")
                .read("form-tanggal-salah")).isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("properties.tanggal");
    }
}
