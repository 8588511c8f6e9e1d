package id.musrenflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.danakelurahan.process.AlokasiDanaKelurahanProcess;
import id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcess;
import id.musrenflow.danakelurahan.process.ProgramKerjaLkkProcess;
import id.musrenflow.lks.process.AkreditasiLksProcess;
import id.musrenflow.lks.process.PendaftaranLksProcess;
import id.musrenflow.proposal.process.UsulanMusrenbangProcess;
import id.musrenflow.workflow.forms.FormComponent;
import id.musrenflow.workflow.forms.FormSchema;
import id.musrenflow.workflow.forms.FormSchemaReader;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The processes, their forms and the Java constants agree: every {@code camunda:formRef} has its file in forms/
 * with that id, and every field a form fills is a process variable declared in a process constants class.
 */
class FormContractTest {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    /** One constants class per process; a new process adds its own here. */
    private static final List<Class<?>> VARIABLE_CONSTANTS = List.of(UsulanMusrenbangProcess.Var.class,
            PendaftaranLksProcess.Var.class, AkreditasiLksProcess.Var.class, ProgramKerjaLkkProcess.Var.class,
            AlokasiDanaKelurahanProcess.Var.class, PelaksanaanKegiatanProcess.Var.class);

    private final FormSchemaReader reader = new FormSchemaReader();

    @Test
    void every_form_ref_has_a_form_file_with_that_id() throws Exception {
        List<String> refs = formRefs();
        assertThat(refs).as("formRefs in processes/").isNotEmpty();

        for (String ref : refs) {
            Path file = Path.of("forms", ref + ".form");
            assertThat(file).as("form file for formRef " + ref).exists();
            assertThat(reader.parse(Files.readString(file)).id()).as("id in " + file).isEqualTo(ref);
        }
    }

    @Test
    void every_field_of_a_referenced_form_is_a_declared_process_variable() throws Exception {
        Set<String> declared = declaredVariables();
        Set<String> undeclared = new TreeSet<>();

        for (String ref : formRefs()) {
            FormSchema form = reader.parse(Files.readString(Path.of("forms", ref + ".form")));
            form.fields().stream().map(FormComponent::key).filter(key -> !declared.contains(key))
                    .forEach(key -> undeclared.add(ref + ": " + key));
        }

        assertThat(undeclared).as("form fields without a constant in " + VARIABLE_CONSTANTS).isEmpty();
    }

    private static List<String> formRefs() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<String> refs = new ArrayList<>();
        for (Path bpmn : files("processes", ".bpmn")) {
            NodeList elements = factory.newDocumentBuilder().parse(bpmn.toFile()).getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if (element.hasAttributeNS(CAMUNDA, "formRef")) {
                    refs.add(element.getAttributeNS(CAMUNDA, "formRef"));
                }
            }
        }
        return refs;
    }

    private static List<Path> files(String folder, String extension) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static Set<String> declaredVariables() {
        return VARIABLE_CONSTANTS.stream().flatMap(c -> Arrays.stream(c.getFields()))
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())
                        && f.getType() == String.class)
                .map(FormContractTest::value).collect(Collectors.toSet());
    }

    private static String value(Field constant) {
        try {
            return (String) constant.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
