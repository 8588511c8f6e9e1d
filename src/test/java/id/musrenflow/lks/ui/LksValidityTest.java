package id.musrenflow.lks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import id.musrenflow.KaribuTest;
import id.musrenflow.MutableClock;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.lks.LegalForm;
import id.musrenflow.lks.LksReportService;
import id.musrenflow.lks.OrganisationStatus;
import id.musrenflow.lks.ServiceField;
import id.musrenflow.lks.internal.LksStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One rule of validity for the registry (/lks/registri), the report (/lks/laporan) and the public list (/lks): a
 * registration past its valid-until date on the app clock is lapsed on all three, timer or no timer.
 */
class LksValidityTest extends KaribuTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    private LksStore store;
    @Autowired
    private MutableClock clock;
    @Autowired
    private LksReportService reports;
    @Autowired
    private LoginAttempts users;

    private String registryCard(String code) {
        login("dinsos");
        UI.getCurrent().setLocale(INDONESIAN);
        UI.getCurrent().navigate("lks/registri");
        return _get(Div.class, spec -> spec.withId("lks-registri-" + code)).getElement().getTextRecursively();
    }

    private boolean public_lists(String code) {
        UI.getCurrent().navigate("lks");
        return !_find(Div.class, spec -> spec.withId("lks-" + code)).isEmpty();
    }

    @Test
    void a_registration_that_lapses_on_the_clock_is_lapsed_on_registry_report_and_public_list_alike() {
        LocalDate today = LocalDate.now(clock);
        long id = store.insertOrganisation("LKS-SEJAHTERA-UJI", "Yayasan Sejahtera Uji", LegalForm.YAYASAN,
                "Jl. Uji No. 1", "33.75.01.1002", ServiceField.ANAK, false);
        store.register(id, "LKS-3375-2019-0901", today.plusDays(10));
        long lapsedBefore = reports.report(users.loadUserByUsername("dinsos"), 6).byStatus()
                .get(OrganisationStatus.KEDALUWARSA);

        assertThat(registryCard("LKS-SEJAHTERA-UJI")).contains("Terdaftar").doesNotContain("kedaluwarsa");
        assertThat(public_lists("LKS-SEJAHTERA-UJI")).isTrue();

        Duration jump = Duration.ofDays(11);
        clock.advance(jump);
        try {
            assertThat(registryCard("LKS-SEJAHTERA-UJI")).contains("Tanda daftar kedaluwarsa");
            assertThat(reports.report(users.loadUserByUsername("dinsos"), 6).byStatus()
                    .get(OrganisationStatus.KEDALUWARSA)).isEqualTo(lapsedBefore + 1);
            assertThat(public_lists("LKS-SEJAHTERA-UJI")).isFalse();
        } finally {
            clock.advance(jump.negated());
        }
    }

    @Test
    void the_demo_organisation_registered_until_two_months_ago_went_through_the_expiry_path() {
        String card = registryCard("LKS-PELITA-HATI");
        assertThat(card).contains("Tanda daftar kedaluwarsa");
        // the expiry path leaves a "sistem" line in the organisation's history, as the timer does
        long id = store.findByCode("LKS-PELITA-HATI").orElseThrow().id();
        assertThat(store.organisationHistory(id)).anyMatch(c -> c.event().equals("TANDA_DAFTAR_KEDALUWARSA"));
        assertThat(public_lists("LKS-PELITA-HATI")).isFalse();
    }

    @Test
    void the_registry_history_names_who_changed_an_organisation_not_their_account() {
        long id = store.insertOrganisation("LKS-NAMA-UJI", "Yayasan Nama Uji", LegalForm.YAYASAN, "Jl. Uji No. 2",
                "33.75.01.1002", ServiceField.ANAK, false);
        store.addOrganisationHistory(id, java.time.LocalDateTime.now(clock), "dinsos", "PROFIL_DIUBAH", null, null);
        assertThat(registryCard("LKS-NAMA-UJI")).contains("Profil diubah", "Fitri Handayani")
                .doesNotContain("dinsos");
    }
}
