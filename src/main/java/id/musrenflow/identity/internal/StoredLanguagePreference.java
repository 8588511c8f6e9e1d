package id.musrenflow.identity.internal;

import id.musrenflow.base.ui.LanguagePreference;
import id.musrenflow.identity.UserService;
import org.springframework.stereotype.Component;

@Component
class StoredLanguagePreference implements LanguagePreference {

    private final UserService identity;

    StoredLanguagePreference(UserService identity) {
        this.identity = identity;
    }

    @Override
    public void remember(String username, String language) {
        identity.setLanguage(username, language);
    }
}
