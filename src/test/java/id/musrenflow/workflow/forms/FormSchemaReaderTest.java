package id.musrenflow.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormSchemaReaderTest {

    private final FormSchemaReader reader = new FormSchemaReader();

    static Stream<String> realForms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".form"))
                    .map(n -> n.substring(0, n.length() - ".form".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realForms")
    void every_form_camunda_deploys_is_read_from_the_classpath(String formId) {
        FormSchema schema = reader.read(formId);

        assertThat(schema.id()).isEqualTo(formId);
        assertThat(schema.fields()).isNotEmpty().allSatisfy(f -> assertThat(f.key()).isNotBlank());
        assertThat(schema.components()).filteredOn(c -> c.type() == ComponentType.TEXT).singleElement()
                .satisfies(text -> assertThat(text.text()).startsWith("### "));
    }

    @Test
    void telaah_rw_is_read_with_options_rules_and_conditions() {
        FormSchema schema = reader.read("form-telaah-rw");

        FormComponent keputusan = schema.field("keputusan").orElseThrow();
        assertThat(keputusan.type()).isEqualTo(ComponentType.RADIO);
        assertThat(keputusan.rules().required()).isTrue();
        assertThat(keputusan.values()).extracting(Option::value).containsExactly("SETUJUI", "KEMBALIKAN", "TOLAK");
        FormComponent peringkat = schema.field("peringkat").orElseThrow();
        assertThat(peringkat.rules().min()).isEqualByComparingTo("1");
        assertThat(peringkat.rules().max()).isEqualByComparingTo("99");
        assertThat(peringkat.hiddenFor(Map.of("keputusan", "SETUJUI"))).isFalse();
        assertThat(peringkat.hiddenFor(Map.of())).as("FEEL: null != \"SETUJUI\"").isTrue();
        FormComponent alasan = schema.field("alasan").orElseThrow();
        assertThat(alasan.hiddenFor(Map.of("keputusan", "SETUJUI"))).isTrue();
        assertThat(alasan.hiddenFor(Map.of("keputusan", "TOLAK"))).isFalse();
        assertThat(alasan.rules().minLength()).isEqualTo(10);
        assertThat(alasan.rules().maxLength()).isEqualTo(1000);
    }

    @Test
    void dynamic_options_subtypes_and_defaults_are_read() {
        FormSchema opd = reader.read("form-verifikasi-opd");
        assertThat(opd.field("opdTujuan").orElseThrow().valuesKey()).isEqualTo("daftarOpd");
        assertThat(opd.field("paguIndikatif").orElseThrow().rules().max()).isEqualByComparingTo("100000000000");
        assertThat(reader.read("form-verifikasi-lapangan").field("tanggalSurvei").orElseThrow().subtype())
                .isEqualTo(DateSubtype.DATE);
        FormSchema test = new FormSchemaReader("forms-test").read("form-uji");
        assertThat(test.field("jenis").orElseThrow().defaultValue()).isEqualTo("FISIK");
        assertThat(test.field("nama").orElseThrow().rules().pattern().pattern()).isEqualTo("[A-Za-z ]+");
    }

    @Test
    void and_binds_tighter_than_or_as_in_feel() {
        Condition condition = FeelConditionParser.parse(
                "=jenis = \"NON_FISIK\" or keputusan = \"TOLAK\" and opd = \"DINKES\"");

        assertThat(condition.keys()).containsExactlyInAnyOrder("jenis", "keputusan", "opd");
        assertThat(condition.test(Map.of("jenis", "NON_FISIK", "keputusan", "SETUJUI", "opd", "DISHUB"))).isTrue();
        assertThat(condition.test(Map.of("jenis", "FISIK", "keputusan", "TOLAK", "opd", "DINKES"))).isTrue();
        assertThat(condition.test(Map.of("jenis", "FISIK", "keputusan", "TOLAK", "opd", "DISHUB"))).isFalse();
        assertThat(FeelConditionParser.parse("=(a = \"1\" or b = \"2\") and c != \"3\"")
                .test(Map.of("a", "1", "c", "3"))).isFalse();
    }

    @Test
    void an_unknown_component_type_fails_naming_form_and_component() {
        String json = form("""
                { "id": "Button_Kirim", "type": "button", "label": "Kirim" }""");

        assertThatThrownBy(() -> reader.parse(json)).isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("form-rusak").hasMessageContaining("Button_Kirim")
                .hasMessageContaining("type 'button' is not supported");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "=keputusan > \\\"5\\\"",
        "=not(keputusan = \\\"TOLAK\\\")",
        "=keputusan = 5",
        "=keputusan = true",
        "=is defined(keputusan)",
        "=keputusan = \\\"TOLAK\\\" or",
        "=keputusan = \\\"TO\\\\\\\"LAK\\\"",
        "keputusan = \\\"TOLAK\\\""
    })
    void unsupported_feel_fails_naming_form_field_and_expression(String hide) {
        String json = form("""
                { "id": "Field_Keputusan", "key": "keputusan", "type": "radio",
                  "values": [ { "label": "Tolak", "value": "TOLAK" } ] },
                { "id": "Field_Alasan", "key": "alasan", "type": "textarea",
                  "conditional": { "hide": "%s" } }""".formatted(hide));

        assertThatThrownBy(() -> reader.parse(json)).isInstanceOf(FormSchemaException.class)
                .hasMessageStartingWith("Form 'form-rusak', field 'alasan' (Field_Alasan)")
                .hasMessageContaining("conditional.hide");
    }

    @Test
    void a_condition_on_something_that_is_not_a_field_fails() {
        String json = form("""
                { "id": "Field_Alasan", "key": "alasan", "type": "textarea",
                  "conditional": { "hide": "=statusUsulan = \\"BARU\\"" } }""");

        assertThatThrownBy(() -> reader.parse(json)).isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("'statusUsulan', which is not a field of this form");
    }

    @Test
    void other_things_the_renderer_would_not_honour_fail_too() {
        List<String> broken = List.of(
                "{ \"id\": \"F\", \"key\": \"a\", \"type\": \"datetime\" }",
                "{ \"id\": \"F\", \"key\": \"a\", \"type\": \"textfield\", \"validate\": { \"pattern\": \"[a-\" } }",
                "{ \"id\": \"F\", \"key\": \"a\", \"type\": \"select\" }",
                "{ \"id\": \"F\", \"key\": \"a\", \"type\": \"select\", \"valuesExpression\": \"=opd\" }",
                "{ \"id\": \"F\", \"key\": \"a\", \"type\": \"textfield\", \"readonly\": true }",
                "{ \"id\": \"F\", \"key\": \"a\", \"type\": \"textfield\", \"validate\": { \"validationType\": \"email\" } }",
                "{ \"id\": \"F\", \"type\": \"textfield\" }",
                "{ \"id\": \"F\", \"key\": \"a\", \"type\": \"textfield\" }, { \"id\": \"G\", \"key\": \"a\", \"type\": \"textfield\" }");

        broken.forEach(component -> assertThatThrownBy(() -> reader.parse(form(component)))
                .as(component).isInstanceOf(FormSchemaException.class).hasMessageContaining("form-rusak"));
    }

    @Test
    void a_missing_form_or_a_form_under_the_wrong_name_fails() {
        assertThatThrownBy(() -> reader.read("form-tidak-ada")).isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("classpath:forms/form-tidak-ada.form");
        assertThatThrownBy(() -> reader.parse("{ \"components\": [] }")).hasMessageContaining("no id");
        assertThatThrownBy(() -> reader.parse("not json")).isInstanceOf(FormSchemaException.class);
    }

    @Test
    void numbers_in_rules_are_exact() {
        FormSchema schema = reader.parse(form("""
                { "id": "F", "key": "pagu", "type": "number", "validate": { "min": 0.5, "max": 100000000000 } }"""));

        assertThat(schema.field("pagu").orElseThrow().rules().min()).isEqualTo(new BigDecimal("0.5"));
    }

    private static String form(String components) {
        return """
                { "id": "form-rusak", "schemaVersion": 16, "type": "default", "components": [ %s ] }"""
                .formatted(components);
    }
}
