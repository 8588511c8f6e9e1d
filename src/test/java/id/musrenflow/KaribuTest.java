package id.musrenflow;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import id.musrenflow.identity.security.LoginAttempts;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests (Karibu-Testing) against the whole Spring application on an in-memory H2 database with the
 * demo regions and users. {@link #login(String)} signs a demo user in the way Spring Security would.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:karibu;DB_CLOSE_DELAY=-1",
        "musrenflow.demo.enabled=true",
        // the demo season's hundreds of usulan would appear mid-test on a thread of their own
        "musrenflow.demo.musim-usulan=false",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.webapp.enabled=false"
})
@org.springframework.context.annotation.Import(KaribuTest.TestClock.class)
public abstract class KaribuTest {

    @org.springframework.boot.test.context.TestConfiguration
    static class TestClock {

        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        MutableClock mutableClock() {
            MutableClock clock = new MutableClock(TestTime.START, TestTime.WIB);
            clock.syncEngine();
            return clock;
        }
    }

    @Autowired
    private MutableClock testClock;

    private static final Routes ROUTES = new Routes().autoDiscoverViews("id.musrenflow");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    private LoginAttempts users;

    @BeforeEach
    void setUpVaadin() {
        testClock.syncEngine();
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public java.security.Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in a demo user and opens a fresh UI, as a page load after sign-in would. */
    protected void login(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        UI.getCurrent().getPage().reload();
    }

    protected void useLocale(Locale locale) {
        UI.getCurrent().setLocale(locale);
    }

    /** The browser window reports this width (as a resize of the real page would), for phone layouts. */
    protected static void windowWidth(int width) {
        elemental.json.JsonObject size = elemental.json.Json.createObject();
        size.put("event.w", width);
        size.put("event.h", 800);
        // the page's resize listener is debounced: it takes the event the browser sends when resizing stops
        size.put("for", "trailing");
        com.vaadin.flow.dom.Element ui = com.vaadin.flow.component.UI.getCurrent().getElement();
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(ui,
                new com.vaadin.flow.dom.DomEvent(ui, "window-resize", size));
    }
}
