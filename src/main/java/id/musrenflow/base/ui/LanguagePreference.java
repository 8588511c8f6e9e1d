package id.musrenflow.base.ui;

/** Remembers the language a user chose in the shell; implemented by the identity module. */
public interface LanguagePreference {

    void remember(String username, String language);
}
