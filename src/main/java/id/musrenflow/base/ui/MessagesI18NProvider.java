package id.musrenflow.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin reads the same bundles as Spring: messages.properties (Bahasa Indonesia, default) and messages_en. */
@Component
public class MessagesI18NProvider implements I18NProvider {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final List<Locale> LOCALES = List.of(INDONESIAN, Locale.ENGLISH);

    private final MessageSource messages;

    MessagesI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException missing) {
            return "!" + key;
        }
    }

    /** English when asked for, Bahasa Indonesia otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }
}
