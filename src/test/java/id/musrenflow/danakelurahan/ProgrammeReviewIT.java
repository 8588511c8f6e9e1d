package id.musrenflow.danakelurahan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.PostgresIT;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.workflow.FormRejected;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * LKK programmes on PostgreSQL, reviewed through the shared task inbox: history with actor and position in the
 * engine step's transaction, the revision loop back to the officer, refusals outside the kelurahan.
 */
class ProgrammeReviewIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";
    private static final String PODOSUGIH = "33.75.01.1003";

    @Autowired
    private LkkProgrammeService programmes;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private UserService userService;
    @Autowired
    private LoginAttempts users;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    /** A new officer of a new lembaga, so the test runs again and again on one database. */
    private AuthenticatedUser officer(String kelurahan, String organisation) {
        String username = unique("lkk");
        var account = userService.createUser(new NewUser(username, "Pengurus Uji", username + "@uji.id", null,
                "rahasia-uji-123"), "test");
        userService.addPosition(account.id(), new NewPosition(PositionType.PENGURUS_LKK, kelurahan, organisation,
                PositionStatus.DEFINITIF, userService.today().minusDays(1), null, null), "test");
        return user(username);
    }

    private static List<ActivityDraft> activities() {
        return List.of(
                new ActivityDraft("Pelatihan kader posyandu", ProgrammeTheme.POSYANDU, "Kader posyandu",
                        new BigDecimal("15000000"), true),
                new ActivityDraft("Pembelian timbangan bayi", ProgrammeTheme.STUNTING, "Posyandu RW 002",
                        new BigDecimal("8000000"), false));
    }

    private InboxTask reviewTask(String reviewer, LkkProgramme programme) {
        return inbox.inbox(user(reviewer)).stream().filter(t -> programme.number().equals(t.businessKey()))
                .findFirst().orElseThrow();
    }

    @Test
    void returned_revised_and_accepted_programme_keeps_every_step_with_its_actor() {
        AuthenticatedUser officer = officer(MEDONO, unique("KT").replace('.', '-'));
        ProgrammeOwner owner = programmes.ownersOf(officer).get(0);
        int year = programmes.planningYear();
        LkkProgramme draft = programmes.saveDraft(owner, year, null, activities(), officer);
        LkkProgramme submitted = programmes.submit(owner, year, draft.version(), draft.activities().stream()
                .map(Activity::toDraft).toList(), null, officer);
        assertThat(submitted.status()).isEqualTo(ProgrammeStatus.DIAJUKAN);

        InboxTask review = reviewTask("lpm.medono", submitted);
        assertThat(review.formRef()).isEqualTo("form-telaah-program-lkk");
        assertThatThrownBy(() -> inbox.complete(review.id(), user("lpm.medono"), Map.of("keputusan", "REVISI"),
                Map.of())).isInstanceOf(FormRejected.class);
        inbox.complete(review.id(), user("lpm.medono"), Map.of("keputusan", "REVISI",
                "kodeAlasan", "ANGGARAN_TIDAK_WAJAR", "alasan", "Harga timbangan terlalu tinggi"), Map.of());
        LkkProgramme returned = programmes.programme(owner, year, officer).orElseThrow();
        assertThat(returned.status()).isEqualTo(ProgrammeStatus.PERLU_REVISI);
        assertThat(inbox.inbox(officer)).anyMatch(t -> submitted.number().equals(t.businessKey()));

        assertThatThrownBy(() -> programmes.submit(owner, year, returned.version(), activities(), "", officer))
                .extracting("messageKey").isEqualTo("dana.program.error.catatan-revisi");
        List<ActivityDraft> revised = List.of(activities().get(0), new ActivityDraft("Pembelian timbangan bayi",
                ProgrammeTheme.STUNTING, "Posyandu RW 002", new BigDecimal("5000000"), false));
        programmes.submit(owner, year, returned.version(), revised, "Harga timbangan disesuaikan", officer);
        inbox.complete(reviewTask("staf.medono", submitted).id(), user("staf.medono"), Map.of("keputusan", "TERIMA"),
                Map.of());

        LkkProgramme accepted = programmes.detail(submitted.id(), user("lurah.medono"));
        assertThat(accepted.status()).isEqualTo(ProgrammeStatus.DITERIMA);
        assertThat(accepted.total()).isEqualByComparingTo("20000000");
        assertThat(accepted.activities()).allMatch(Activity::candidate);
        assertThat(accepted.activities().get(0).mode()).isEqualTo(ImplementationMode.SWAKELOLA_TIPE_I);
        assertThat(accepted.activities().get(1).mode()).isEqualTo(ImplementationMode.PENYEDIA);
        assertThat(accepted.activities().get(1).contractForm()).isEqualTo(ContractForm.BUKTI_PEMBELIAN);
        assertThat(accepted.activities().get(1).modeReason()).isNotBlank();

        List<ProgrammeStatusChange> history = programmes.history(submitted.id(), officer);
        assertThat(history).extracting(ProgrammeStatusChange::to).containsExactly(ProgrammeStatus.DRAFT,
                ProgrammeStatus.DIAJUKAN, ProgrammeStatus.PERLU_REVISI, ProgrammeStatus.DIAJUKAN,
                ProgrammeStatus.DITERIMA);
        assertThat(history).extracting(ProgrammeStatusChange::actor).containsExactly(officer.username(),
                officer.username(), "lpm.medono", officer.username(), "staf.medono");
        assertThat(history.get(2).position()).isEqualTo("lpm:" + MEDONO);
        assertThat(history.get(2).reasonCode()).isEqualTo("ANGGARAN_TIDAK_WAJAR");
        assertThat(history.get(2).reason()).isEqualTo("Harga timbangan terlalu tinggi");
        assertThat(history.get(3).note()).isEqualTo("Harga timbangan disesuaikan");
        assertThat(history.get(3).reasonCode()).isNull();
        assertThat(history.get(4).position()).isEqualTo("staf-kelurahan:" + MEDONO);
        assertThat(programmes.themeShares(accepted))
                .filteredOn(s -> s.theme() == ProgrammeTheme.POSYANDU).singleElement()
                .satisfies(s -> assertThat(s.accepted()).isGreaterThanOrEqualTo(new BigDecimal("15000000")));
    }

    @Test
    void a_rejected_programme_can_no_longer_be_changed() {
        AuthenticatedUser officer = officer(MEDONO, unique("BKM").replace('.', '-'));
        ProgrammeOwner owner = programmes.ownersOf(officer).get(0);
        int year = programmes.planningYear();
        LkkProgramme submitted = programmes.submit(owner, year, null, activities(), null, officer);

        inbox.complete(reviewTask("staf.medono", submitted).id(), user("staf.medono"), Map.of("keputusan", "TOLAK",
                "kodeAlasan", "TIDAK_SELARAS_OPD", "alasan", "Sudah dibiayai Dinas Kesehatan"), Map.of());

        LkkProgramme rejected = programmes.programme(owner, year, officer).orElseThrow();
        assertThat(rejected.status()).isEqualTo(ProgrammeStatus.DITOLAK);
        assertThat(rejected.activities()).noneMatch(Activity::candidate);
        assertThatThrownBy(() -> programmes.saveDraft(owner, year, rejected.version(), activities(), officer))
                .extracting("messageKey").isEqualTo("dana.program.error.tidak-bisa-diubah");
    }

    @Test
    void officers_and_officials_of_another_kelurahan_neither_see_nor_act_on_the_programme() {
        AuthenticatedUser officer = officer(MEDONO, unique("POS").replace('.', '-'));
        ProgrammeOwner owner = programmes.ownersOf(officer).get(0);
        LkkProgramme submitted = programmes.submit(owner, programmes.planningYear(), null, activities(), null, officer);
        InboxTask review = reviewTask("staf.medono", submitted);
        AuthenticatedUser otherOfficer = officer(PODOSUGIH, "PKK");
        AuthenticatedUser otherLurah = user("lurah.podosugih");

        for (AuthenticatedUser outsider : List.of(otherOfficer, otherLurah, user("pkk.medono"))) {
            assertThat(inbox.inbox(outsider)).noneMatch(t -> submitted.number().equals(t.businessKey()));
            assertThatThrownBy(() -> inbox.complete(review.id(), outsider, Map.of("keputusan", "TERIMA"), Map.of()))
                    .extracting("messageKey").isEqualTo("tugas.error.bukan-untuk-anda");
        }
        assertThatThrownBy(() -> programmes.detail(submitted.id(), otherOfficer))
                .extracting("messageKey").isEqualTo("dana.program.error.bukan-untuk-anda");
        assertThatThrownBy(() -> programmes.programme(owner, programmes.planningYear(), otherOfficer))
                .extracting("messageKey").isEqualTo("dana.program.error.bukan-untuk-anda");
        assertThat(programmes.detail(submitted.id(), user("lurah.medono"))
                .status()).isEqualTo(ProgrammeStatus.DIAJUKAN);
    }
}
