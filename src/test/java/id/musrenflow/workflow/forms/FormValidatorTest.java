package id.musrenflow.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server-side rules, on forms-test/form-uji.form, which has every field type. */
class FormValidatorTest {

    private static final FormSchema FORM = new FormSchemaReader("forms-test").read("form-uji");
    private static final Map<String, List<Option>> OPTIONS = Map.of("daftarOpd",
            List.of(new Option("DINKES", "Dinas Kesehatan"), new Option("DISHUB", "Dinas Perhubungan")));

    private final FormValidator validator = new FormValidator();

    /** A submission that breaks no rule; each test changes one value. */
    private static Map<String, Object> valid() {
        Map<String, Object> values = new HashMap<>();
        values.put("nama", "Budi Santoso");
        values.put("uraian", "Jalan rusak di depan balai RW");
        values.put("jumlah", 5.0);
        values.put("jenis", "FISIK");
        values.put("opd", "DISHUB");
        values.put("keputusan", "SETUJUI");
        values.put("lokasi", "RT 003 RW 002");
        values.put("setuju", true);
        values.put("tanggal", LocalDate.of(2026, 3, 2));
        values.put("waktu", LocalDateTime.of(2026, 3, 2, 9, 30));
        values.put("jam", LocalTime.of(14, 5));
        return values;
    }

    private List<FieldError> errorsWith(String key, Object value) {
        Map<String, Object> values = valid();
        values.put(key, value);
        return validator.validate(FORM, values, OPTIONS);
    }

    private Map<String, Object> cleanedWith(String key, Object value) {
        Map<String, Object> values = valid();
        values.put(key, value);
        ValidationResult result = validator.check(FORM, values, OPTIONS);
        assertThat(result.errors()).isEmpty();
        return result.values();
    }

    @Test
    void a_valid_submission_passes_with_values_ready_for_the_engine() {
        ValidationResult result = validator.check(FORM, valid(), OPTIONS);

        assertThat(result.isValid()).isTrue();
        assertThat(result.values()).containsEntry("nama", "Budi Santoso").containsEntry("jumlah", 5L)
                .containsEntry("opd", "DISHUB").containsEntry("setuju", true)
                .containsEntry("tanggal", "2026-03-02").containsEntry("waktu", "2026-03-02T09:30")
                .containsEntry("jam", "14:05").doesNotContainKey("alasan");
    }

    @Test
    void form_js_strings_are_accepted_as_well_as_java_values() {
        assertThat(cleanedWith("tanggal", "2026-12-31")).containsEntry("tanggal", "2026-12-31");
        assertThat(cleanedWith("waktu", "2026-12-31T23:59")).containsEntry("waktu", "2026-12-31T23:59");
        assertThat(cleanedWith("jam", "07:15")).containsEntry("jam", "07:15");
        assertThat(cleanedWith("jumlah", "12")).containsEntry("jumlah", 12L);
        assertThat(cleanedWith("jumlah", 1.5)).containsEntry("jumlah", 1.5);
        assertThat(cleanedWith("jumlah", new BigDecimal("99.0"))).containsEntry("jumlah", 99L);
    }

    @Test
    void required_fields_must_be_filled() {
        assertThat(errorsWith("nama", null)).containsExactly(new FieldError("nama", FieldError.REQUIRED));
        assertThat(errorsWith("nama", "   ")).containsExactly(new FieldError("nama", FieldError.REQUIRED));
        assertThat(errorsWith("keputusan", null)).containsExactly(new FieldError("keputusan", FieldError.REQUIRED));
        assertThat(errorsWith("tanggal", "")).containsExactly(new FieldError("tanggal", FieldError.REQUIRED));
        assertThat(errorsWith("setuju", false)).containsExactly(new FieldError("setuju", FieldError.REQUIRED));
        assertThat(errorsWith("setuju", null)).containsExactly(new FieldError("setuju", FieldError.REQUIRED));
    }

    @Test
    void empty_optional_fields_pass_and_are_submitted_as_null() {
        Map<String, Object> values = valid();
        values.remove("uraian");
        values.put("jumlah", null);
        values.put("jenis", "");

        ValidationResult result = validator.check(FORM, values, OPTIONS);

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsEntry("uraian", null).containsEntry("jumlah", null)
                .containsEntry("jenis", null);
    }

    @Test
    void numbers_must_be_numbers_within_min_and_max() {
        assertThat(errorsWith("jumlah", 0)).containsExactly(new FieldError("jumlah", FieldError.MIN, BigDecimal.ONE));
        assertThat(errorsWith("jumlah", 99.5))
                .containsExactly(new FieldError("jumlah", FieldError.MAX, new BigDecimal("99")));
        assertThat(errorsWith("jumlah", 1)).isEmpty();
        assertThat(errorsWith("jumlah", 99)).isEmpty();
        assertThat(errorsWith("jumlah", "lima")).containsExactly(new FieldError("jumlah", FieldError.NOT_A_NUMBER));
        assertThat(errorsWith("jumlah", "NaN")).containsExactly(new FieldError("jumlah", FieldError.NOT_A_NUMBER));
        assertThat(errorsWith("jumlah", true)).containsExactly(new FieldError("jumlah", FieldError.NOT_A_NUMBER));
    }

    @Test
    void text_length_counts_after_stripping_whitespace() {
        assertThat(errorsWith("nama", "  Al  ")).containsExactly(new FieldError("nama", FieldError.MIN_LENGTH, 3));
        assertThat(errorsWith("nama", "Abcdefghijklmnopqrstu"))
                .containsExactly(new FieldError("nama", FieldError.MAX_LENGTH, 20));
        assertThat(errorsWith("nama", "Abcdefghijklmnopqrst")).isEmpty();
        assertThat(errorsWith("uraian", "x".repeat(201)))
                .containsExactly(new FieldError("uraian", FieldError.MAX_LENGTH, 200));
        assertThat(cleanedWith("nama", "\t  Budi Santoso \n")).containsEntry("nama", "Budi Santoso");
    }

    @Test
    void pattern_must_match_the_whole_value() {
        assertThat(errorsWith("nama", "Budi 123")).containsExactly(new FieldError("nama", FieldError.PATTERN));
        assertThat(errorsWith("nama", "Budi!")).as("a match of a part is not enough")
                .containsExactly(new FieldError("nama", FieldError.PATTERN));
        assertThat(errorsWith("nama", "Siti Aminah")).isEmpty();
    }

    @Test
    void a_forged_static_option_is_refused() {
        assertThat(errorsWith("jenis", "MILITER")).containsExactly(new FieldError("jenis", FieldError.INVALID_CHOICE));
        assertThat(errorsWith("keputusan", "HAPUS_SEMUA"))
                .containsExactly(new FieldError("keputusan", FieldError.INVALID_CHOICE));
        assertThat(errorsWith("keputusan", "setujui")).as("values are case-sensitive")
                .containsExactly(new FieldError("keputusan", FieldError.INVALID_CHOICE));
        assertThat(errorsWith("jenis", 1)).containsExactly(new FieldError("jenis", FieldError.INVALID_CHOICE));
    }

    @Test
    void a_forged_dynamic_option_is_refused() {
        assertThat(errorsWith("opd", "DINKES")).isEmpty();
        assertThat(errorsWith("opd", "OPD_PALSU")).containsExactly(new FieldError("opd", FieldError.INVALID_CHOICE));
        assertThat(validator.validate(FORM, valid(), Map.of())).as("no options supplied: nothing is acceptable")
                .containsExactly(new FieldError("opd", FieldError.INVALID_CHOICE));
    }

    @Test
    void a_checkbox_takes_only_a_boolean() {
        assertThat(errorsWith("setuju", "true")).containsExactly(new FieldError("setuju", FieldError.INVALID_VALUE));
        assertThat(errorsWith("setuju", 1)).containsExactly(new FieldError("setuju", FieldError.INVALID_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "02/03/2026", "2026-3-2", "kemarin", "+12026-03-02"})
    void a_date_must_be_a_real_iso_date(String date) {
        assertThat(errorsWith("tanggal", date)).containsExactly(new FieldError("tanggal", FieldError.INVALID_DATE));
    }

    @Test
    void date_times_and_times_must_parse() {
        assertThat(errorsWith("waktu", "2026-03-02 09:30"))
                .containsExactly(new FieldError("waktu", FieldError.INVALID_DATE));
        assertThat(errorsWith("jam", "25:00")).containsExactly(new FieldError("jam", FieldError.INVALID_DATE));
        assertThat(errorsWith("tanggal", 20260302)).containsExactly(new FieldError("tanggal", FieldError.INVALID_DATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>Budi</b>", "Budi<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "Budi </p>", "<!-- Budi -->", "<svg/onload=alert(1)>"})
    void html_or_script_in_text_is_refused_with_its_own_message(String text) {
        assertThat(errorsWith("nama", text)).containsExactly(new FieldError("nama", FieldError.HTML));
        assertThat(errorsWith("uraian", text)).containsExactly(new FieldError("uraian", FieldError.HTML));
    }

    @Test
    void angle_brackets_in_ordinary_text_are_fine() {
        assertThat(cleanedWith("uraian", "Lebar jalan < 3 m, panjang > 100 m & rusak 3<5"))
                .containsEntry("uraian", "Lebar jalan < 3 m, panjang > 100 m & rusak 3<5");
    }

    @Test
    void hidden_fields_are_not_validated_and_their_values_are_dropped() {
        Map<String, Object> values = valid();
        values.put("alasan", "<b>pendek</b>");
        values.put("jenis", "NON_FISIK");
        values.put("lokasi", null);

        ValidationResult result = validator.check(FORM, values, OPTIONS);

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).doesNotContainKeys("alasan", "lokasi");
    }

    @Test
    void a_field_shown_by_its_condition_is_validated() {
        Map<String, Object> values = valid();
        values.put("keputusan", "TOLAK");

        assertThat(validator.validate(FORM, values, OPTIONS))
                .containsExactly(new FieldError("alasan", FieldError.REQUIRED));
        values.put("alasan", "  terlalu mahal untuk RW  ");
        assertThat(validator.check(FORM, values, OPTIONS).values())
                .containsEntry("alasan", "terlalu mahal untuk RW").containsEntry("keputusan", "TOLAK");
    }

    @Test
    void keys_that_are_not_fields_of_the_form_never_reach_the_result() {
        Map<String, Object> values = valid();
        values.put("usulanId", "usulan-orang-lain");
        values.put("pelaku", "admin");

        assertThat(validator.check(FORM, values, OPTIONS).values()).doesNotContainKeys("usulanId", "pelaku");
    }

    @Test
    void each_field_reports_one_error_and_all_broken_fields_are_reported() {
        Map<String, Object> values = valid();
        values.put("nama", "<b>");
        values.put("jumlah", 1000);
        values.put("tanggal", null);

        assertThat(validator.validate(FORM, values, OPTIONS)).extracting(FieldError::fieldKey)
                .containsExactly("nama", "jumlah", "tanggal");
    }

    @Test
    void every_message_key_exists_in_both_languages() throws IOException {
        for (String bundle : List.of("i18n/forms.properties", "i18n/forms_en.properties")) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(messages.stringPropertyNames()).as(bundle).containsAll(FieldError.MESSAGE_KEYS);
        }
    }
}
