package id.musrenflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every message key exists in Bahasa Indonesia and in English, and every key used in code exists. */
class MessageBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate|BusinessException)\\(\\s*\"([a-z][a-z0-9.-]+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\(title = \"([a-z][a-z0-9.-]+)\"");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void indonesian_and_english_have_the_same_keys(String bundle) throws IOException {
        Properties id = load(I18N.resolve(bundle + ".properties"));
        Properties en = load(I18N.resolve(bundle + "_en.properties"));
        assertThat(en.stringPropertyNames()).as("English keys of " + bundle)
                .containsExactlyInAnyOrderElementsOf(id.stringPropertyNames());
        id.stringPropertyNames().forEach(key -> {
            assertThat(id.getProperty(key)).as(bundle + " id " + key).isNotBlank();
            assertThat(en.getProperty(key)).as(bundle + " en " + key).isNotBlank();
        });
    }

    /** MessageFormat swallows a single apostrophe in messages that take arguments ("{0}"). */
    @ParameterizedTest
    @MethodSource("bundles")
    void messages_with_arguments_have_no_apostrophes(String bundle) throws IOException {
        for (String file : new String[] {bundle + ".properties", bundle + "_en.properties"}) {
            Properties messages = load(I18N.resolve(file));
            for (String key : messages.stringPropertyNames()) {
                String message = messages.getProperty(key);
                assertThat(message.contains("{0}") && message.contains("'")).as(file + " " + key).isFalse();
            }
        }
    }

    @Test
    void every_key_used_in_code_exists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : bundles().toList()) {
            known.addAll(load(I18N.resolve(bundle + ".properties")).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (Pattern pattern : new Pattern[] {KEY_IN_CODE, MENU_TITLE}) {
                    Matcher m = pattern.matcher(code);
                    while (m.find()) {
                        String key = m.group(1);
                        // "jabatan." + type: a prefix completed at run time, checked per enum below
                        boolean prefix = key.endsWith(".") && known.stream().anyMatch(k -> k.startsWith(key));
                        if (!prefix && !known.contains(key)) {
                            missing.add(m.group(1) + " (" + source.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in code but absent from the bundles").isEmpty();
    }

    @Test
    void every_position_type_and_status_has_a_name_and_a_description() throws IOException {
        Properties identity = load(I18N.resolve("identity.properties"));
        for (var type : id.musrenflow.identity.PositionType.values()) {
            assertThat(identity).containsKeys("jabatan." + type.name(), "peran." + type.name());
        }
        for (var status : id.musrenflow.identity.PositionStatus.values()) {
            assertThat(identity).containsKey("jabatan.status." + status.name());
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
