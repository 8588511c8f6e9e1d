package id.musrenflow.base.ui;

import java.util.Locale;

/** What the application shell needs to know of the signed-in user; implemented by the identity module. */
public interface ShellUser {

    String username();

    String displayName();

    /** "id" or "en". */
    String language();

    default Locale locale() {
        return "en".equals(language()) ? Locale.ENGLISH : Locale.forLanguageTag("id-ID");
    }
}
