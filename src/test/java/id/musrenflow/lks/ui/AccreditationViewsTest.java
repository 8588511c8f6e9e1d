package id.musrenflow.lks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.KaribuTest;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.lks.AccreditationApplication;
import id.musrenflow.lks.AccreditationComponent;
import id.musrenflow.lks.AccreditationService;
import id.musrenflow.lks.LksService;
import id.musrenflow.lks.Organisation;
import id.musrenflow.lks.SelfAssessmentService;
import id.musrenflow.workflow.TaskInboxService;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Applying for accreditation from /lks/saya, and the accreditation context beside an inbox task. */
class AccreditationViewsTest extends KaribuTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    private AccreditationService accreditations;
    @Autowired
    private LksService registry;
    @Autowired
    private UserService identity;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private SelfAssessmentService selfAssessments;

    private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @Test
    void an_unregistered_organisation_applies_and_is_told_it_is_not_eligible() {
        login("lks.harapan");
        useLocale(INDONESIAN);
        UI.getCurrent().navigate("lks/saya");

        _setValue(byId(TextField.class, "lks-akreditasi-dinsos"), "400/12/Dinsos/2027");
        _setValue(byId(TextField.class, "lks-akreditasi-lkks"), "05/LKKS/2027");
        _click(byId(Button.class, "lks-akreditasi-ajukan"));

        assertThat(byId(Div.class, "lks-pesan").getText()).isEqualTo("Permohonan akreditasi diajukan.");
        AuthenticatedUser officer = users.loadUserByUsername("lks.harapan");
        AccreditationApplication application = accreditations.applications(
                registry.organisationOf(officer).orElseThrow().id(), officer).get(0);
        assertThat(byId(Div.class, "lks-akreditasi-" + application.number()).getElement().getTextRecursively())
                .contains("Tidak memenuhi syarat", "Tanda daftar tidak berlaku");
        // nothing open, so the officer may apply again once registered
        assertThat(byId(Button.class, "lks-akreditasi-ajukan").isEnabled()).isTrue();
    }

    @Test
    void lkks_pre_screens_beside_the_organisation_and_the_recommendation_letters() {
        String username = "pengurus.kasih." + System.nanoTime();
        var account = identity.createUser(new NewUser(username, "Pengurus Kasih Ibu", username + "@uji.id", null,
                "rahasia-uji-123"), "uji");
        identity.addPosition(account.id(), new NewPosition(PositionType.PENGURUS_LKS, null, "LKS-KASIH-IBU",
                PositionStatus.DEFINITIF, identity.today().minusDays(1), null, null), "uji");
        AuthenticatedUser officer = users.loadUserByUsername(username);
        Organisation organisation = registry.organisationOf(officer).orElseThrow();
        java.util.Map<AccreditationComponent, Number> scores = new java.util.EnumMap<>(AccreditationComponent.class);
        java.util.Map<AccreditationComponent, String> evidence = new java.util.EnumMap<>(AccreditationComponent.class);
        for (AccreditationComponent component : AccreditationComponent.values()) {
            scores.put(component, 82.5);
            evidence.put(component, "Bukti komponen " + component.name() + " terlampir di arsip");
        }
        selfAssessments.save(organisation.id(), scores, evidence, officer);
        AccreditationApplication application = accreditations.apply(organisation.id(), "400/77/Dinsos",
                "09/LKKS/2027", officer);

        login("lkks");
        useLocale(INDONESIAN);
        String taskId = inbox.inbox(users.loadUserByUsername("lkks")).stream()
                .filter(t -> application.number().equals(t.businessKey())).findFirst().orElseThrow().id();
        UI.getCurrent().navigate("tugas/" + taskId);

        assertThat(byId(Div.class, "lks-akreditasi-konteks").getElement().getTextRecursively())
                .contains("Panti Wreda Kasih Ibu", application.number(), "400/77/Dinsos", "09/LKKS/2027",
                        "Diajukan", "Instrumen penilaian mandiri", "Program pelayanan: 82.5",
                        "Bukti komponen SARPRAS terlampir di arsip");
    }
}
