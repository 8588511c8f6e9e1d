package id.musrenflow.workflow.forms;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import id.musrenflow.KaribuTest;
import id.musrenflow.base.ui.MessagesI18NProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The renderer in a mock Vaadin UI with the application's real message bundles. */
@SuppressWarnings({"unchecked", "rawtypes"})
class CamundaFormViewTest extends KaribuTest {

    private static final FormSchema FORM = new FormSchemaReader("forms-test").read("form-uji");
    private static final Map<String, List<Option>> OPTIONS = Map.of("daftarOpd",
            List.of(new Option("DINKES", "Dinas Kesehatan"), new Option("DISHUB", "Dinas Perhubungan")));

    @BeforeEach
    void indonesian() {
        useLocale(MessagesI18NProvider.INDONESIAN);
    }

    private static CamundaFormView render(FormSchema schema) {
        CamundaFormView form = new CamundaFormView(schema, Map.of(), OPTIONS);
        UI.getCurrent().add(form);
        return form;
    }

    @Test
    void every_field_type_is_rendered_with_its_vaadin_component() {
        CamundaFormView form = render(FORM);

        assertThat(_get(form, TextField.class, s -> s.withId("Field_Nama")).getLabel()).isEqualTo("Nama");
        assertThat(_get(form, TextArea.class, s -> s.withId("Field_Uraian")).getHelperText())
                .isEqualTo("Boleh dikosongkan");
        assertThat(_get(form, NumberField.class, s -> s.withId("Field_Jumlah")).getLabel()).isEqualTo("Jumlah");
        assertThat(_get(form, Select.class, s -> s.withId("Field_Jenis")).getValue()).as("defaultValue")
                .isEqualTo("FISIK");
        ComboBox<String> opd = _get(form, ComboBox.class, s -> s.withId("Field_Opd"));
        assertThat(opd.getListDataView().getItems()).containsExactly("DINKES", "DISHUB");
        assertThat(opd.getItemLabelGenerator().apply("DINKES")).isEqualTo("Dinas Kesehatan");
        RadioButtonGroup<String> keputusan = _get(form, RadioButtonGroup.class, s -> s.withId("Field_Keputusan"));
        assertThat(keputusan.getItemLabelGenerator().apply("TOLAK")).isEqualTo("Tolak");
        assertThat(_get(form, Checkbox.class, s -> s.withId("Field_Setuju")).getLabel()).isEqualTo("Data sudah benar");
        assertThat(_get(form, DatePicker.class, s -> s.withId("Field_Tanggal")).getLabel()).isEqualTo("Tanggal");
        assertThat(_get(form, DateTimePicker.class, s -> s.withId("Field_Waktu")).getLabel()).isEqualTo("Waktu");
        assertThat(_get(form, TimePicker.class, s -> s.withId("Field_Jam")).getLabel()).isEqualTo("Jam");
    }

    @Test
    void the_form_rules_become_field_constraints_with_the_server_messages() {
        CamundaFormView form = render(FORM);

        TextField nama = _get(form, TextField.class, s -> s.withId("Field_Nama"));
        assertThat(nama.isRequiredIndicatorVisible()).isTrue();
        assertThat(nama.getMinLength()).isEqualTo(3);
        assertThat(nama.getMaxLength()).isEqualTo(20);
        assertThat(nama.getPattern()).isEqualTo("[A-Za-z ]+");
        assertThat(nama.getI18n().getRequiredErrorMessage()).isEqualTo("Wajib diisi.");
        assertThat(nama.getI18n().getMinLengthErrorMessage()).isEqualTo("Paling sedikit 3 karakter.");
        NumberField jumlah = _get(form, NumberField.class, s -> s.withId("Field_Jumlah"));
        assertThat(jumlah.getMin()).isEqualTo(1.0);
        assertThat(jumlah.getMax()).isEqualTo(99.0);
        assertThat(jumlah.isRequiredIndicatorVisible()).isFalse();
        assertThat(_get(form, RadioButtonGroup.class, s -> s.withId("Field_Keputusan")).isRequiredIndicatorVisible())
                .isTrue();
    }

    @Test
    void dates_are_shown_the_indonesian_way() {
        DatePicker tanggal = _get(render(FORM), DatePicker.class, s -> s.withId("Field_Tanggal"));

        assertThat(tanggal.getI18n().getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(tanggal.getI18n().getMonthNames()).startsWith("Januari", "Februari").endsWith("Desember");
        assertThat(tanggal.getI18n().getWeekdaysShort()).startsWith("Min", "Sen");
        assertThat(tanggal.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void the_text_block_renders_safe_markdown_and_escapes_the_rest() {
        String html = _get(render(FORM), Div.class, s -> s.withClasses("mf-form-text")).getElement().getOuterHTML();

        assertThat(html).contains("<h5>Uji semua jenis</h5>", "<strong>semua</strong>", "<em>dengan benar</em>",
                "<li>satu</li>", "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
    }

    @Test
    void a_conditional_field_appears_and_disappears_with_the_radio() {
        CamundaFormView form = render(FORM);
        RadioButtonGroup<String> keputusan = _get(form, RadioButtonGroup.class, s -> s.withId("Field_Keputusan"));
        _assertNone(form, TextArea.class, s -> s.withId("Field_Alasan"));

        _setValue(keputusan, "TOLAK");
        _setValue(_get(form, TextArea.class, s -> s.withId("Field_Alasan")), "Lokasi sudah diperbaiki");
        assertThat(form.values()).containsEntry("alasan", "Lokasi sudah diperbaiki");

        _setValue(keputusan, "SETUJUI");
        _assertNone(form, TextArea.class, s -> s.withId("Field_Alasan"));
        assertThat(form.values()).doesNotContainKey("alasan").containsEntry("keputusan", "SETUJUI");
    }

    @Test
    void a_condition_joined_with_or_hides_a_field_on_either_branch() {
        CamundaFormView form = render(FORM);
        _get(form, TextField.class, s -> s.withId("Field_Lokasi"));

        _setValue(_get(form, Select.class, s -> s.withId("Field_Jenis")), "NON_FISIK");

        _assertNone(form, TextField.class, s -> s.withId("Field_Lokasi"));
        assertThat(form.values()).doesNotContainKey("lokasi");
    }

    @Test
    void server_errors_land_on_their_fields_and_keep_what_the_user_typed() {
        CamundaFormView form = render(FORM);
        TextField nama = _get(form, TextField.class, s -> s.withId("Field_Nama"));
        _setValue(nama, "<b>Budi</b>");

        boolean shown = form.showErrors(new FormValidator().validate(FORM, form.values(), OPTIONS));

        assertThat(shown).isTrue();
        assertThat(nama.isInvalid()).isTrue();
        assertThat(nama.getErrorMessage()).startsWith("Isian tidak boleh memuat kode HTML");
        assertThat(nama.getValue()).isEqualTo("<b>Budi</b>");
        RadioButtonGroup<String> keputusan = _get(form, RadioButtonGroup.class, s -> s.withId("Field_Keputusan"));
        assertThat(keputusan.getErrorMessage()).isEqualTo("Wajib diisi.");

        _setValue(nama, "Budi");
        _setValue(keputusan, "SETUJUI");
        _setValue(_get(form, TextField.class, s -> s.withId("Field_Lokasi")), "RT 003 RW 002");
        _setValue(_get(form, Checkbox.class, s -> s.withId("Field_Setuju")), true);
        _setValue(_get(form, DatePicker.class, s -> s.withId("Field_Tanggal")), LocalDate.of(2026, 3, 2));
        assertThat(form.showErrors(new FormValidator().validate(FORM, form.values(), OPTIONS))).isFalse();
        assertThat(nama.isInvalid()).isFalse();
        assertThat(keputusan.isInvalid()).isFalse();
    }

    @Test
    void an_error_for_a_field_not_on_screen_is_shown_above_the_form() {
        CamundaFormView form = render(FORM);

        form.showErrors(List.of(new FieldError("alasan", FieldError.MIN_LENGTH, 10)));

        Div errors = _get(form, Div.class, s -> s.withClasses("mf-form-errors"));
        assertThat(errors.getElement().getTextRecursively()).isEqualTo("Alasan: Paling sedikit 10 karakter.");
    }

    @Test
    void english_users_get_the_english_words_of_form_telaah_rw() {
        useLocale(Locale.ENGLISH);
        CamundaFormView form = render(new FormSchemaReader().read("form-telaah-rw"));

        RadioButtonGroup<String> keputusan = _get(form, RadioButtonGroup.class, s -> s.withId("Field_Keputusan"));
        assertThat(keputusan.getLabel()).isEqualTo("Decision");
        assertThat(keputusan.getItemLabelGenerator().apply("SETUJUI")).isEqualTo("Approve as an RW priority");
        assertThat(_find(form, Select.class, s -> s.withId("Field_KodeAlasan")))
                .as("reason fields appear only once the decision needs a reason").isEmpty();
        _setValue(keputusan, "TOLAK");
        Select<String> kodeAlasan = _get(form, Select.class, s -> s.withId("Field_KodeAlasan"));
        assertThat(kodeAlasan.getItemLabelGenerator().apply("STATUS_LAHAN")).isEqualTo("Unclear land status");
        TextArea alasan = _get(form, TextArea.class, s -> s.withId("Field_Alasan"));
        assertThat(alasan.getLabel()).isEqualTo("Reason");
        assertThat(alasan.getHelperText()).isEqualTo("Write a clear reason; the proposer will read it");
        assertThat(alasan.getI18n().getMinLengthErrorMessage()).isEqualTo("At least 10 characters.");
        assertThat(_get(form, Div.class, s -> s.withClasses("mf-form-text")).getElement().getOuterHTML())
                .contains("<h5>Review by the RW head</h5>");
    }

    @Test
    void indonesian_users_get_the_words_of_the_form_file() {
        CamundaFormView form = render(new FormSchemaReader().read("form-telaah-rw"));

        RadioButtonGroup<String> keputusan = _get(form, RadioButtonGroup.class, s -> s.withId("Field_Keputusan"));
        assertThat(keputusan.getLabel()).isEqualTo("Keputusan");
        assertThat(keputusan.getItemLabelGenerator().apply("SETUJUI")).isEqualTo("Setujui sebagai prioritas RW");
    }

    @Test
    void english_dates_keep_the_indonesian_order_with_english_month_names() {
        useLocale(Locale.ENGLISH);
        DatePicker tanggal = _get(render(new FormSchemaReader().read("form-verifikasi-lapangan")), DatePicker.class,
                s -> s.withId("Field_TanggalSurvei"));

        assertThat(tanggal.getLabel()).isEqualTo("Survey date");
        assertThat(tanggal.getI18n().getMonthNames()).startsWith("January");
        assertThat(tanggal.getI18n().getDateFormats()).containsExactly("dd/MM/yyyy");
    }

    @Test
    void every_word_of_the_six_forms_has_an_english_translation() {
        CamundaFormView probe = render(FORM);
        for (String formId : List.of("form-telaah-rw", "form-verifikasi-kelurahan", "form-revisi-usulan",
                "form-verifikasi-lapangan", "form-verifikasi-opd", "form-keputusan-bappeda")) {
            FormSchema schema = new FormSchemaReader().read(formId);
            for (FormComponent c : schema.components()) {
                String base = "form." + formId + ".";
                List<String> keys = new java.util.ArrayList<>();
                keys.add(base + (c.isField() ? c.key() : "petunjuk"));
                if (c.description() != null) {
                    keys.add(base + c.key() + ".description");
                }
                if (!c.hasDynamicOptions()) {
                    c.values().forEach(o -> keys.add(base + c.key() + "." + o.value()));
                }
                keys.forEach(key -> assertThat(probe.getTranslation(Locale.ENGLISH, key)).as(key)
                        .doesNotStartWith("!"));
            }
        }
    }

    @Test
    void one_column_on_phones_two_from_40em() {
        FormLayout layout = _get(render(FORM), FormLayout.class);

        assertThat(layout.getResponsiveSteps()).map(step -> step.toJson().toJson())
                .containsExactly("{\"minWidth\":\"0\",\"columns\":1}", "{\"minWidth\":\"40em\",\"columns\":2}");
    }

    @Test
    void the_pickers_offer_only_the_days_the_server_accepts_and_name_the_limit() {
        LocalDate today = id.musrenflow.TestTime.startDate();
        LocalDate started = today.minusMonths(2);
        FormContext context = new FormContext(today, started, Map.of());
        FormSchemaReader forms = new FormSchemaReader();
        CamundaFormView survey = new CamundaFormView(forms.read("form-verifikasi-lapangan"), Map.of(), Map.of(),
                context);
        DatePicker day = _get(survey, DatePicker.class, spec -> spec.withId("Field_TanggalSurvei"));
        assertThat(day.getMax()).isEqualTo(today);
        assertThat(day.getMin()).isEqualTo(started);
        assertThat(day.getI18n().getMaxErrorMessage()).startsWith("Tanggal ini belum terjadi: paling lambat hari ini");

        CamundaFormView visit = new CamundaFormView(new FormSchemaReader("forms-test").read("form-tanggal"),
                Map.of(), Map.of(), context);
        DateTimePicker moment = _get(visit, DateTimePicker.class, spec -> { });
        assertThat(moment.getMin()).isEqualTo(java.time.LocalDateTime.of(today, java.time.LocalTime.MIDNIGHT));
        assertThat(moment.getMax()).isNull();
    }

    @Test
    void a_rupiah_amount_in_a_task_form_reads_grouped_and_reaches_the_server_as_a_number() {
        CamundaFormView form = new CamundaFormView(new FormSchemaReader().read("form-catat-selesai-opd"),
                Map.of("nilaiRealisasi", 148500000L), Map.of());
        UI.getCurrent().add(form);
        id.musrenflow.base.ui.RupiahField amount = _get(form, id.musrenflow.base.ui.RupiahField.class,
                s -> s.withId("Field_NilaiRealisasi"));
        assertThat(amount.text()).isEqualTo("148.500.000");
        _setValue(_get(amount, TextField.class, s -> { }), "150000000");
        assertThat(amount.text()).isEqualTo("150.000.000");
        assertThat(new FormValidator().check(form.schema(), form.values(), Map.of()).values())
                .containsEntry("nilaiRealisasi", 150000000L);
    }
}
