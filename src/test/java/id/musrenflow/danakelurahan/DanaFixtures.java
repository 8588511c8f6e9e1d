package id.musrenflow.danakelurahan;

import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.ForumDecision;
import id.musrenflow.proposal.ForumLevel;
import id.musrenflow.proposal.ForumOutcome;
import id.musrenflow.proposal.ForumService;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Dana kelurahan candidates made the way users make them, through the real services and the shared inbox: usulan of
 * RT 003 / RW 002 Medono agreed at the Medono forum for dana kelurahan, and accepted LKK programmes.
 */
final class DanaFixtures {

    static final String MEDONO = "33.75.01.1002";

    private final ProposalService proposals;
    private final ForumService forums;
    private final TaskInboxService inbox;
    private final UserService userService;
    private final LoginAttempts users;
    private final LkkProgrammeService programmes;

    DanaFixtures(ProposalService proposals, ForumService forums, TaskInboxService inbox, UserService userService,
                 LoginAttempts users, LkkProgrammeService programmes) {
        this.proposals = proposals;
        this.forums = forums;
        this.inbox = inbox;
        this.userService = userService;
        this.users = users;
        this.programmes = programmes;
    }

    AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    static BigDecimal juta(long millions) {
        return BigDecimal.valueOf(millions * 1_000_000L);
    }

    /** Usulan agreed at the Medono forum for dana kelurahan (the second also forwarded), ranked in the given order. */
    List<ProposalSummary> fundedAtKelurahanForum(int year, String... titles) {
        long item = proposals.catalogue(year).stream().filter(c -> c.code().equals("POSYANDU-PMT")).findFirst()
                .orElseThrow().id();
        List<ProposalSummary> usulan = new ArrayList<>();
        List<ForumDecision> sheet = new ArrayList<>();
        for (String title : titles) {
            ProposalDraft draft = new ProposalDraft(year, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                    List.of(MEDONO + ".002.003"), "Posyandu Melati RW 002", null, null, ProposalKind.NON_FISIK,
                    ProposalField.SOSIAL, item, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40,
                    "balita", new BigDecimal("2"), "paket", null, null, null, null, null, null);
            ProposalSummary u = proposals.submit(proposals.createDraft(draft, "rt003.medono").id(), "rt003.medono");
            inbox.complete(taskOf("rw002.medono", u.number()).id(), user("rw002.medono"),
                    Map.of("keputusan", "SETUJUI"), Map.of());
            inbox.complete(taskOf("staf.medono", u.number()).id(), user("staf.medono"), Map.of("keputusan", "TERIMA",
                    "volumeSesuai", true, "lokasiSesuai", true, "bukanDuplikat", true), Map.of());
            usulan.add(u);
            // the second is also forwarded to the kecamatan (KEDUANYA): still a dana kelurahan candidate
            ForumOutcome outcome = sheet.size() == 1 ? ForumOutcome.KEDUANYA : ForumOutcome.DANA_KELURAHAN;
            sheet.add(ForumDecision.agreed(u.number(), outcome, sheet.size() + 1));
        }
        forums.confirm(ForumLevel.KELURAHAN, MEDONO, year, sheet, "lurah.medono");
        return usulan;
    }

    /** A new LKK of Medono whose programme (two activities, the first a pemberdayaan candidate) is accepted. */
    LkkProgramme acceptedProgramme(int year, BigDecimal first, BigDecimal second) {
        String username = "lkk-" + UUID.randomUUID().toString().substring(0, 8);
        var account = userService.createUser(new NewUser(username, "Pengurus Uji", username + "@uji.id", null,
                "rahasia-uji-123"), "test");
        userService.addPosition(account.id(), new NewPosition(PositionType.PENGURUS_LKK, MEDONO,
                "KT-" + UUID.randomUUID().toString().substring(0, 8), PositionStatus.DEFINITIF,
                userService.today().minusDays(1), null, null), "test");
        AuthenticatedUser officer = user(username);
        ProgrammeOwner owner = programmes.ownersOf(officer).get(0);
        LkkProgramme submitted = programmes.submit(owner, year, null, List.of(
                new ActivityDraft("Pelatihan kader posyandu", ProgrammeTheme.POSYANDU, "Kader posyandu", first, true),
                new ActivityDraft("Pembelian timbangan bayi", ProgrammeTheme.STUNTING, "Posyandu RW 002", second,
                        false)), null, officer);
        inbox.complete(taskOf("staf.medono", submitted.number()).id(), user("staf.medono"),
                Map.of("keputusan", "TERIMA"), Map.of());
        return programmes.detail(submitted.id(), user("lurah.medono"));
    }

    InboxTask taskOf(String username, String businessKey) {
        return inbox.inbox(user(username)).stream().filter(t -> businessKey.equals(t.businessKey())).findFirst()
                .orElseThrow();
    }
}
