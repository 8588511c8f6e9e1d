package id.musrenflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.PostgresIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every bean a BPMN expression or delegateExpression names exists in the application. */
class ProcessBeansIT extends PostgresIT {

    private static final Pattern BEAN_IN_EXPRESSION = Pattern.compile("\\$\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*[.}]");
    /** Names the engine itself resolves, not Spring beans. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");

    @Autowired
    private ApplicationContext context;

    @Test
    void every_bean_named_in_a_process_exists() throws IOException {
        Set<String> missing = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher m = BEAN_IN_EXPRESSION.matcher(Files.readString(file));
                while (m.find()) {
                    String name = m.group(1);
                    if (ENGINE_NAMES.contains(name) || !Character.isLowerCase(name.charAt(0))) {
                        continue;
                    }
                    if (isProcessVariable(name)) {
                        continue;
                    }
                    seen.add(name);
                    if (!context.containsBean(name)) {
                        missing.add(name + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(seen).contains("ubahStatusUsulan", "tenggatTahap", "namaTugasUsulan", "ubahStatusPendaftaran",
                "tenggatVerifikasiLks", "akreditasiLks", "pengingatEskalasiUsulan", "ubahStatusProgramLkk", "ubahStatusRkk",
                "statusKegiatan", "tentukanModeDelegate");
        assertThat(missing).isEmpty();
    }

    /** Conditions such as ${keputusan == 'X'} read process variables, declared in each process's constants. */
    private static boolean isProcessVariable(String name) {
        return Stream.of(id.musrenflow.proposal.process.UsulanMusrenbangProcess.Var.class,
                        id.musrenflow.lks.process.PendaftaranLksProcess.Var.class,
                        id.musrenflow.lks.process.AkreditasiLksProcess.Var.class,
                        id.musrenflow.danakelurahan.process.ProgramKerjaLkkProcess.Var.class,
                        id.musrenflow.danakelurahan.process.AlokasiDanaKelurahanProcess.Var.class,
                        id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcess.Var.class,
                        id.musrenflow.season.process.MusimPerencanaanProcess.Var.class,
                        id.musrenflow.proposal.process.MasaBerlakuUsulanProcess.Var.class)
                .flatMap(constants -> Stream.of(constants.getFields()))
                .anyMatch(f -> {
                    try {
                        return name.equals(f.get(null));
                    } catch (IllegalAccessException e) {
                        return false;
                    }
                });
    }
}
