package id.musrenflow.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.ShellInitializer;
import id.musrenflow.identity.security.LockoutAuthenticationProvider;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;

/** Sign-in page; tells apart a wrong password, a locked account (with the unlock time) and a disabled account. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(@Value("${musrenflow.demo.enabled:false}") boolean demo) {
        addClassName("mf-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        Div header = new Div(new H1("Musrenflow"), new Paragraph(getTranslation("login.tagline")));
        header.addClassName("mf-login-header");
        add(header, form, languageLinks());
        if (demo) {
            Paragraph hint = new Paragraph(getTranslation("login.demo"));
            hint.addClassName("mf-login-demo");
            add(hint);
        }
    }

    private Div languageLinks() {
        Div links = new Div();
        links.addClassName("mf-login-languages");
        for (String code : List.of("id", "en")) {
            if (links.getComponentCount() > 0) {
                links.add(new Span(" · "));
            }
            Anchor link = new Anchor("login?lang=" + code, getTranslation("shell.bahasa." + code));
            link.getElement().setAttribute("router-ignore", true);
            links.add(link);
        }
        return links;
    }

    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.judul"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.sandi"));
        f.setSubmit(getTranslation("login.masuk"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorKey == null ? "login.gagal.judul" : errorKey + ".judul"));
        error.setMessage(getTranslation(errorKey == null ? "login.gagal.teks" : errorKey + ".teks"));
        error.setUsername(getTranslation("login.username.wajib"));
        error.setPassword(getTranslation("login.sandi.wajib"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("lang")) {
            String code = "en".equals(params.get("lang").get(0)) ? "en" : "id";
            VaadinSession.getCurrent().setAttribute(ShellInitializer.CHOSEN_LANGUAGE, code);
            event.getUI().getPage().setLocation("login");
            return;
        }
        if (params.containsKey("locked")) {
            Object until = VaadinSession.getCurrent().getSession()
                    .getAttribute(LockoutAuthenticationProvider.LOCKED_UNTIL_SESSION_KEY);
            LoginI18n i18n = i18n("login.terkunci");
            if (until instanceof LocalDateTime time) {
                i18n.getErrorMessage().setMessage(getTranslation("login.terkunci.teks.sampai",
                        IndonesianDates.dateTime(time, getLocale())));
            }
            form.setI18n(i18n);
            form.setError(true);
        } else if (params.containsKey("disabled")) {
            form.setI18n(i18n("login.nonaktif"));
            form.setError(true);
        } else if (params.containsKey("error")) {
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.judul") + " · Musrenflow";
    }
}
