package id.musrenflow.workflow.forms;

import com.vaadin.flow.function.SerializableBiFunction;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of one form in the user's language. The form file holds the Indonesian text; a bundle key wins when it
 * exists: {@code form.<formId>.<fieldKey>} (label), {@code .description}, {@code .<VALUE>} (option) and
 * {@code form.<formId>.petunjuk} for the text block {@code Text_Petunjuk}.
 */
final class FormTexts implements Serializable {

    private final String formId;
    private final SerializableBiFunction<String, Object[], String> translator;

    /** {@code translator} is the view's own getTranslation, so the user's locale applies. */
    FormTexts(String formId, SerializableBiFunction<String, Object[], String> translator) {
        this.formId = formId;
        this.translator = translator;
    }

    String translate(String key, Object... args) {
        return translator.apply(key, args);
    }

    List<String> translateList(String key) {
        return Arrays.stream(translate(key).split(",")).map(String::strip).toList();
    }

    String label(FormComponent field) {
        return orJson(prefix() + field.key(), field.label() == null ? field.key() : field.label());
    }

    String description(FormComponent field) {
        return field.description() == null ? null
                : orJson(prefix() + field.key() + ".description", field.description());
    }

    /** Run-time options (an OPD list, say) arrive already in words; only the form's own options are translated. */
    String option(FormComponent field, Option option) {
        return field.hasDynamicOptions() ? option.label()
                : orJson(prefix() + field.key() + "." + option.value(), option.label());
    }

    String text(FormComponent block) {
        String name = block.key() != null ? block.key() : block.id().replaceFirst("^Text_", "");
        return orJson(prefix() + name.toLowerCase(Locale.ROOT), block.text());
    }

    private String prefix() {
        return "form." + formId + ".";
    }

    private String orJson(String key, String fromForm) {
        String translated = translate(key);
        return missing(translated, key) ? fromForm : translated;
    }

    /**
     * I18NProvider cannot be asked whether a key exists; providers answer a missing one with the key itself,
     * marked ("!key" from ours, "!{key}!" from Vaadin's default).
     */
    private static boolean missing(String translated, String key) {
        return translated == null || translated.isBlank() || translated.equals(key)
                || translated.startsWith("!") && translated.contains(key);
    }
}
