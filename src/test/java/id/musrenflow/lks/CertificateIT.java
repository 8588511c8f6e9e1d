package id.musrenflow.lks;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.HttpSession;
import id.musrenflow.MutableClock;
import id.musrenflow.PostgresIT;
import id.musrenflow.identity.UserService;
import id.musrenflow.lks.internal.AccreditationStore;
import id.musrenflow.lks.internal.LksStore;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public certificate verification page is reachable without signing in; the officer's page is not. */
class CertificateIT extends PostgresIT {

    @Autowired
    private AccreditationService accreditations;
    @Autowired
    private AccreditationStore store;
    @Autowired
    private LksStore registry;
    @Autowired
    private UserService identity;
    @Autowired
    private MutableClock clock;
    @Autowired
    private CertificateService certificates;

    @Test
    void anyone_opens_the_verification_page_of_a_certificate_without_signing_in() {
        CertificateFixture.Approved approved = CertificateFixture.approved(registry, store, accreditations, identity,
                clock, "Panti Asuhan Verifikasi Publik", AccreditationGrade.A);
        assertThat(approved.certificate()).matches("SERT-AKR-\\d{4}-\\d{4}");
        assertThat(certificates.find(approved.certificate())).hasValueSatisfying(c -> {
            assertThat(c.organisationName()).isEqualTo("Panti Asuhan Verifikasi Publik");
            assertThat(c.grade()).isEqualTo(AccreditationGrade.A);
        });

        HttpSession anonymous = new HttpSession(url(""));
        HttpResponse<String> page = anonymous.get("/lks/sertifikat/" + approved.certificate(), "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Location")).isEmpty();

        HttpResponse<String> unknown = anonymous.get("/lks/sertifikat/SERT-AKR-1999-0001", "Accept", "text/html");
        assertThat(unknown.statusCode()).isEqualTo(200);

        // the officer's own page still requires signing in
        HttpResponse<String> own = new HttpSession(url("")).get("/lks/saya", "Accept", "text/html");
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
