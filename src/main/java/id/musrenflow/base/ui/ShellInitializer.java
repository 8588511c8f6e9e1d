package id.musrenflow.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Every UI speaks the user's language; friendly messages for errors raised by user actions. */
@Component
public class ShellInitializer implements VaadinServiceInitListener {

    /** Language chosen in this session; wins over the stored preference read at sign-in. */
    public static final String CHOSEN_LANGUAGE = "musrenflow.language";

    private final UserErrorHandler errorHandler;

    ShellInitializer(UserErrorHandler errorHandler) {
        this.errorHandler = errorHandler;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Locale locale = resolve(ui);
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
        });
    }

    private static Locale resolve(UI ui) {
        Object chosen = ui.getSession().getAttribute(CHOSEN_LANGUAGE);
        if (chosen instanceof String code) {
            return toLocale(code);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ShellUser user) {
            return user.locale();
        }
        return MessagesI18NProvider.supported(ui.getLocale());
    }

    static Locale toLocale(String code) {
        return "en".equals(code) ? Locale.ENGLISH : MessagesI18NProvider.INDONESIAN;
    }
}
