package id.musrenflow.danakelurahan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.KaribuTest;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.ActivityDraft;
import id.musrenflow.danakelurahan.CandidateRef;
import id.musrenflow.danakelurahan.CandidateSource;
import id.musrenflow.danakelurahan.KelurahanPlanService;
import id.musrenflow.danakelurahan.LkkProgramme;
import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.danakelurahan.PaguService;
import id.musrenflow.danakelurahan.PlanCandidate;
import id.musrenflow.danakelurahan.PlanStatus;
import id.musrenflow.danakelurahan.ProgrammeOwner;
import id.musrenflow.danakelurahan.ProgrammeTheme;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.workflow.TaskInboxService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Lurah's Rencana Kegiatan Kelurahan: the automatic fill skips what no longer fits, the gauge follows every
 * checkbox, an override without reason is explained in Indonesian and nothing chosen is lost; the Camat then sees
 * the plan beside the approval task.
 */
class KelurahanPlanViewTest extends KaribuTest {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private KelurahanPlanService plans;
    @Autowired
    private PaguService pagu;
    @Autowired
    private LkkProgrammeService programmes;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private UserService userService;
    @Autowired
    private LoginAttempts users;

    private static BigDecimal juta(long millions) {
        return BigDecimal.valueOf(millions * 1_000_000L);
    }

    private Checkbox box(long activityId) {
        return _get(Checkbox.class, spec -> spec.withId("rkk-kandidat-KEGIATAN_LKK-" + activityId));
    }

    private String gaugeText() {
        return _get(Span.class, spec -> spec.withId("rkk-sisa")).getText();
    }

    @Test
    void the_lurah_fills_checks_the_gauge_gives_a_reason_and_the_camat_sees_the_plan() {
        int year = programmes.planningYear();
        LkkProgramme programme = acceptedProgramme(year);
        long big = programme.activities().get(0).id();
        long medium = programme.activities().get(1).id();
        long small = programme.activities().get(2).id();
        List<PlanCandidate> candidates = plans.candidates(year, MEDONO);
        int bigIndex = candidates.stream().map(PlanCandidate::ref).toList()
                .indexOf(new CandidateRef(CandidateSource.KEGIATAN_LKK, big));
        BigDecimal before = candidates.subList(0, bigIndex).stream().map(PlanCandidate::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal limit = before.add(juta(10));
        pagu.setPagu(year, MEDONO, limit, users.loadUserByUsername("admin.bappeda"));

        login("lurah.medono");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("rencana-kegiatan-kelurahan");
        _click(_get(Button.class, spec -> spec.withId("rkk-isi-otomatis")));
        assertThat(box(big).getValue()).isFalse();
        assertThat(box(medium).getValue()).isTrue();
        assertThat(box(small).getValue()).isTrue();
        assertThat(gaugeText()).isEqualTo("Sisa pagu " + Rupiah.format(juta(1)) + " dari " + Rupiah.format(limit));

        _setValue(box(big), true);
        assertThat(gaugeText()).isEqualTo("Melebihi pagu sebesar " + Rupiah.format(juta(14)) + " (pagu "
                + Rupiah.format(limit) + ")");
        assertThat(_get(ProgressBar.class, spec -> spec.withId("rkk-gauge")).getValue()).isEqualTo(1.0);
        _setValue(box(big), false);
        _setValue(box(medium), false);
        assertThat(gaugeText()).isEqualTo("Sisa pagu " + Rupiah.format(juta(9)) + " dari " + Rupiah.format(limit));

        // an empty plan cannot be sent, and the Lurah reads why
        Button submit = _get(Button.class, spec -> spec.withId("rkk-ajukan"));
        assertThat(submit.isEnabled()).isTrue();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Span.class, spec -> spec.withId("rkk-ajukan-alasan"));
        List<Checkbox> ticked = com.github.mvysny.kaributesting.v10.LocatorJ._find(Checkbox.class).stream()
                .filter(c -> c.getId().orElse("").startsWith("rkk-kandidat-") && c.getValue()).toList();
        ticked.forEach(c -> _setValue(c, false));
        assertThat(submit.isEnabled()).isFalse();
        Span why = _get(Span.class, spec -> spec.withId("rkk-ajukan-alasan"));
        assertThat(why.getText()).isEqualTo("Pilih paling sedikit satu kegiatan untuk dapat mengajukan rencana ke Camat.");
        assertThat(submit.getTooltip().getText()).isEqualTo(why.getText());
        ticked.forEach(c -> _setValue(c, true));
        assertThat(submit.isEnabled()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("rkk-ajukan")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("rkk-alasan"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(
                "Pilihan berbeda dari usulan otomatis: tuliskan alasannya (10 sampai 1000 karakter).");
        assertThat(box(medium).getValue()).isFalse();
        assertThat(box(small).getValue()).isTrue();
        assertThat(plans.plan(year, MEDONO, users.loadUserByUsername("lurah.medono"))).isEmpty();

        _setValue(reason, "Timbangan sudah dibantu puskesmas tahun ini");
        _click(_get(Button.class, spec -> spec.withId("rkk-ajukan")));
        assertThat(_get(Span.class, spec -> spec.withId("rkk-status")).getText()).endsWith("Diajukan ke Camat");
        assertThat(box(small).isEnabled()).isFalse();
        AuthenticatedUser camat = users.loadUserByUsername("camat.barat");
        assertThat(plans.plan(year, MEDONO, camat).orElseThrow().status()).isEqualTo(PlanStatus.DIAJUKAN);

        var task = inbox.inbox(camat).stream()
                .filter(t -> ("RKK-" + year + "-3375011002").equals(t.businessKey())).findFirst().orElseThrow();
        login("camat.barat");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("tugas/" + task.id());
        assertThat(_get(Div.class, spec -> spec.withId("rkk-ringkasan")).getElement().getTextRecursively())
                .contains("Pemberdayaan masyarakat (7.01.03.2.02.0003)")
                .contains("Timbangan sudah dibantu puskesmas tahun ini");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rkk-ringkasan-sisa")).getText())
                .isEqualTo("Sisa pagu " + Rupiah.format(juta(9)) + " dari " + Rupiah.format(limit));
    }

    /** A new lembaga's programme (15, 8 and 1 juta), accepted by the kelurahan staff. */
    private LkkProgramme acceptedProgramme(int year) {
        String username = "lkk" + System.nanoTime();
        var account = userService.createUser(new NewUser(username, "Pengurus Uji", username + "@uji.id", null,
                "rahasia-uji-123"), "test");
        userService.addPosition(account.id(), new NewPosition(PositionType.PENGURUS_LKK, MEDONO,
                "KT-" + System.nanoTime(), PositionStatus.DEFINITIF, userService.today().minusDays(1), null, null),
                "test");
        AuthenticatedUser officer = users.loadUserByUsername(username);
        ProgrammeOwner owner = programmes.ownersOf(officer).get(0);
        LkkProgramme submitted = programmes.submit(owner, year, null, List.of(
                new ActivityDraft("Pelatihan kader posyandu", ProgrammeTheme.POSYANDU, "Kader posyandu", juta(15), true),
                new ActivityDraft("Pembelian timbangan bayi", ProgrammeTheme.STUNTING, "Posyandu RW 002", juta(8), false),
                new ActivityDraft("Penyuluhan gizi balita", ProgrammeTheme.STUNTING, "Ibu balita", juta(1), false)),
                null, officer);
        AuthenticatedUser staff = users.loadUserByUsername("staf.medono");
        inbox.complete(inbox.inbox(staff).stream().filter(t -> submitted.number().equals(t.businessKey()))
                .findFirst().orElseThrow().id(), staff, Map.of("keputusan", "TERIMA"), Map.of());
        return programmes.detail(submitted.id(), users.loadUserByUsername("lurah.medono"));
    }
}
