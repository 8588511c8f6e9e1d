package id.musrenflow.monitoring;

import id.musrenflow.TestTime;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Usulan for the monitoring tests in an RW of Medono created for the test, with its own RT and RW heads, so the
 * figures of that RW are known whatever else the shared database holds. Usulan move through the real services and
 * the real process (RW review, kelurahan verification by staf.medono, return and revision, withdrawal).
 */
public final class MonitoringFixtures {

    public static final String MEDONO = "33.75.01.1002";
    public static final BigDecimal UNIT_COST = new BigDecimal("3000000");

    private final ProposalService proposals;
    private final TaskInboxService inbox;
    private final LoginAttempts logins;
    public final Territory rw;
    public final String rt;
    public final String rtHead;
    public final String rwHead;

    public MonitoringFixtures(RegionService regions, UserService users, ProposalService proposals,
                              TaskInboxService inbox, LoginAttempts logins) {
        this.proposals = proposals;
        this.inbox = inbox;
        this.logins = logins;
        this.rw = regions.addChild(MEDONO, null, null, "uji");
        this.rt = regions.addChild(rw.code(), 1, null, "uji").code();
        String suffix = String.valueOf(rw.number());
        this.rtHead = "rt001.rw" + suffix + ".medono";
        this.rwHead = "rw" + suffix + ".medono";
        holder(users, rtHead, "Ketua RT Uji " + suffix, PositionType.KETUA_RT, rt);
        holder(users, rwHead, "Ketua RW Uji " + suffix, PositionType.KETUA_RW, rw.code());
    }

    private static void holder(UserService users, String username, String name, PositionType type, String territory) {
        var account = users.createUser(new NewUser(username, name, null, null, password(username)), "uji");
        users.addPosition(account.id(), new NewPosition(type, territory, null, PositionStatus.DEFINITIF,
                TestTime.startDate().minusYears(1), null, null), "uji");
    }

    /** The password of a user created here. */
    public static String password(String username) {
        return "rahasia-" + username;
    }

    public AuthenticatedUser user(String username) {
        return logins.loadUserByUsername(username);
    }

    /** A non-physical usulan langsung of {@code volume} × Rp 3.000.000. */
    public ProposalDraft draft(String title, ProposalField field, int volume) {
        return new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, rw.code(), List.of(rt),
                "Balai " + rw.shortLabel(), null, null, ProposalKind.NON_FISIK, field, null, title,
                "Banyak balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.valueOf(volume),
                "kegiatan", UNIT_COST, null, null, null, null, null);
    }

    /** The same from the catalogue item POSYANDU-PMT (Dinas Kesehatan, Rp 2.500.000 a paket). */
    public ProposalDraft catalogued(String title, int volume) {
        long item = proposals.catalogue(TestTime.PLANNING_YEAR).stream().filter(c -> c.code().equals("POSYANDU-PMT"))
                .findFirst().orElseThrow().id();
        return new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, rw.code(), List.of(rt),
                "Posyandu " + rw.shortLabel(), null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL, item, title,
                "Banyak balita di bawah garis pertumbuhan", null, null, 40, "balita", BigDecimal.valueOf(volume),
                "paket", null, null, null, null, null, null);
    }

    public ProposalSummary drafted(ProposalDraft draft) {
        return proposals.createDraft(draft, rtHead);
    }

    public ProposalSummary submitted(ProposalDraft draft) {
        return proposals.submit(drafted(draft).id(), rtHead);
    }

    public void rwApproves(ProposalSummary usulan) {
        complete(rwHead, usulan, Map.of("keputusan", "SETUJUI", "peringkat", proposals.nextFreeRwRank(usulan.id())));
    }

    public void rwRejects(ProposalSummary usulan) {
        complete(rwHead, usulan, Map.of("keputusan", "TOLAK", "kodeAlasan", "BUKAN_KEWENANGAN",
                "alasan", "Bukan kewenangan pemerintah kota"));
    }

    public void rwReturns(ProposalSummary usulan) {
        complete(rwHead, usulan, Map.of("keputusan", "KEMBALIKAN", "kodeAlasan", "LOKASI_SALAH",
                "alasan", "Alamat kurang jelas, sebutkan gang dan patokan"));
    }

    public ProposalSummary revised(ProposalSummary usulan, ProposalDraft corrected) {
        ProposalSummary current = proposals.find(usulan.id()).orElseThrow();
        return proposals.resubmitRevision(usulan.id(), corrected, current.version(), "Alamat dilengkapi", rtHead);
    }

    public void kelurahanVerifies(ProposalSummary usulan) {
        complete("staf.medono", usulan, Map.of("keputusan", "TERIMA", "volumeSesuai", true, "lokasiSesuai", true,
                "bukanDuplikat", true));
    }

    public void withdraw(ProposalSummary usulan) {
        proposals.withdraw(usulan.id(), rtHead, "Sudah dibangun swadaya oleh warga");
    }

    /** The usulan of {@link #knownSeason()}, by where they end up. */
    public record KnownSeason(ProposalSummary atRw, ProposalSummary approved, ProposalSummary verified,
                              ProposalSummary revised, ProposalSummary withdrawn, ProposalSummary rejected) {
    }

    /**
     * One draft (Rp 21.000.000, never counted as cost), and six submitted usulan (Rp 59.000.000): at the RW (Rp 3
     * juta), approved by the RW (Rp 6 juta), verified by the kelurahan (catalogue item of Dinkes, Rp 5 juta),
     * returned by the RW, revised and approved (Rp 12 juta), withdrawn (Rp 15 juta), rejected by the RW (bidang
     * ekonomi, Rp 18 juta).
     */
    public KnownSeason knownSeason() {
        drafted(draft("Draf belum diajukan", ProposalField.SOSIAL, 7));
        ProposalSummary atRw = submitted(draft("Kelas ibu balita", ProposalField.SOSIAL, 1));
        ProposalSummary approved = submitted(draft("Pelatihan kader", ProposalField.SOSIAL, 2));
        rwApproves(approved);
        ProposalSummary verified = submitted(catalogued("Makanan tambahan balita", 2));
        rwApproves(verified);
        kelurahanVerifies(verified);
        ProposalSummary revised = submitted(draft("Posyandu lansia", ProposalField.SOSIAL, 4));
        rwReturns(revised);
        check(reload(revised).status() == ProposalStatus.PERLU_REVISI, "returned");
        revised(revised, draft("Posyandu lansia", ProposalField.SOSIAL, 4));
        rwApproves(revised);
        check(reload(revised).revision() == 1, "revised");
        ProposalSummary withdrawn = submitted(draft("Senam lansia", ProposalField.SOSIAL, 5));
        withdraw(withdrawn);
        check(reload(withdrawn).status() == ProposalStatus.DIBATALKAN, "withdrawn");
        ProposalSummary rejected = submitted(draft("Bantuan modal usaha", ProposalField.EKONOMI, 6));
        rwRejects(rejected);
        return new KnownSeason(atRw, approved, verified, revised, withdrawn, rejected);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("fixture not " + what);
        }
    }

    public ProposalSummary reload(ProposalSummary usulan) {
        return proposals.find(usulan.id()).orElseThrow();
    }

    private void complete(String username, ProposalSummary usulan, Map<String, ?> values) {
        InboxTask task = inbox.inbox(user(username)).stream().filter(t -> usulan.number().equals(t.businessKey()))
                .findFirst().orElseThrow(() -> new AssertionError("no task of " + usulan.number() + " for " + username));
        inbox.complete(task.id(), user(username), values, Map.of());
    }
}
