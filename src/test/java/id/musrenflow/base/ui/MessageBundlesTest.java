package id.musrenflow.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message exists in Bahasa Indonesia and in English, and survives MessageFormat. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "identity", "identity-admin", "region", "reference", "workflow"})
    void bundle_has_the_same_keys_in_both_languages(String bundle) throws IOException {
        Properties indonesian = load("i18n/" + bundle + ".properties");
        Properties english = load("i18n/" + bundle + "_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(indonesian.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"region", "reference"})
    void messages_with_arguments_have_no_apostrophes_that_messageformat_would_swallow(String bundle)
            throws IOException {
        for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
            Properties messages = load("i18n/" + file);
            Set<String> keys = messages.stringPropertyNames();
            assertThat(keys).allSatisfy(key -> {
                String message = messages.getProperty(key);
                assertThat(message.contains("{0}") && message.contains("'")).as(file + " " + key).isFalse();
            });
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
