package id.musrenflow.danakelurahan;

import id.musrenflow.TestTime;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.ForumAgendas;
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
import id.musrenflow.workflow.UsulanFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Medono of the planning year from agreed usulan to approved activities, through the real services and inbox; shared by the
 * PostgreSQL and the browserless tests. One plan per kelurahan and year, so {@link #clear()} comes first.
 */
public final class ExecutionFixtures {

    public static final String MEDONO = "33.75.01.1002";
    public static final int YEAR = TestTime.PLANNING_YEAR;
    public static final String PLAN = "RKK-" + YEAR + "-3375011002";

    private final ApplicationContext context;

    public ExecutionFixtures(ApplicationContext context) {
        this.context = context;
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public AuthenticatedUser user(String username) {
        return bean(LoginAttempts.class).loadUserByUsername(username);
    }

    public InboxTask taskOf(String username, String businessKey) {
        return bean(TaskInboxService.class).inbox(user(username)).stream()
                .filter(t -> businessKey.equals(t.businessKey())).findFirst().orElseThrow();
    }

    /** What an earlier run left for Medono of the planning year: plan, allocations, activities and their process instances. */
    public void clear() {
        RuntimeService runtime = bean(RuntimeService.class);
        JdbcClient jdbc = bean(JdbcClient.class);
        List<String> keys = new ArrayList<>(jdbc.sql("select nomor from kegiatan_kelurahan where tahun = ? and "
                + "kode_kelurahan = ?").params(YEAR, MEDONO).query(String.class).list());
        keys.add(PLAN);
        keys.forEach(key -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "uji diulang")));
        jdbc.sql("delete from kegiatan_kelurahan where tahun = ? and kode_kelurahan = ?").params(YEAR, MEDONO).update();
        jdbc.sql("delete from rencana_kegiatan_kelurahan where tahun = ? and kode_kelurahan = ?").params(YEAR, MEDONO).update();
        jdbc.sql("delete from alokasi_dana_kelurahan where tahun = ? and kode_kelurahan = ?").params(YEAR, MEDONO).update();
        ForumAgendas.clearMedonoAndPekalonganBarat(bean(ForumService.class));
    }

    /** A drainage usulan (physical) and a non-physical one agreed at the Medono forum for dana kelurahan. */
    public List<ProposalSummary> agreedUsulan(String suffix) {
        TaskInboxService inbox = bean(TaskInboxService.class);
        UsulanFixtures fixtures = new UsulanFixtures(bean(ProposalService.class));
        double offset = (System.nanoTime() % 100_000) / 10_000_000.0;
        List<ProposalSummary> usulan = List.of(
                fixtures.drainage("Saluran Gang Melati " + suffix, "rt003.medono", UsulanFixtures.RT_003,
                        -6.8891 - offset, 109.6712 + offset),
                fixtures.nonPhysical("Kelas ibu balita " + suffix));
        List<ForumDecision> sheet = new ArrayList<>();
        for (ProposalSummary u : usulan) {
            inbox.complete(taskOf("rw002.medono", u.number()).id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI",
                    "peringkat", bean(ProposalService.class).nextFreeRwRank(u.id())), Map.of());
            inbox.complete(taskOf("staf.medono", u.number()).id(), user("staf.medono"), Map.of("keputusan", "TERIMA",
                    "volumeSesuai", true, "lokasiSesuai", true, "bukanDuplikat", true), Map.of());
            sheet.add(ForumDecision.agreed(u.number(), ForumOutcome.DANA_KELURAHAN, sheet.size() + 1));
        }
        bean(ForumService.class).confirm(ForumLevel.KELURAHAN, MEDONO, YEAR, sheet, "lurah.medono");
        return usulan;
    }

    /** {@link #agreedUsulan}, planned by the Lurah within the pagu and approved by the Camat through the inbox. */
    public List<ProposalSummary> approvedPlan(String suffix) {
        List<ProposalSummary> usulan = agreedUsulan(suffix);
        bean(PaguService.class).setPagu(YEAR, MEDONO, new BigDecimal("900000000"), user("admin.bappeda"));
        List<CandidateRef> chosen = usulan.stream().map(u -> new CandidateRef(CandidateSource.USULAN, u.id())).toList();
        bean(KelurahanPlanService.class).submit(YEAR, MEDONO, null, chosen, "Hanya dua kegiatan prioritas tahun ini",
                null, user("lurah.medono"));
        bean(TaskInboxService.class).complete(taskOf("camat.barat", PLAN).id(), user("camat.barat"),
                Map.of("keputusan", "SETUJUI"), Map.of());
        return usulan;
    }

    public static BigDecimal juta(long millions) {
        return BigDecimal.valueOf(millions * 1_000_000L);
    }

    /** Usulan agreed at the Medono forum for dana kelurahan (the second also forwarded), ranked in the given order. */
    public List<ProposalSummary> fundedAtKelurahanForum(String... titles) {
        ProposalService proposals = bean(ProposalService.class);
        TaskInboxService inbox = bean(TaskInboxService.class);
        long item = proposals.catalogue(YEAR).stream().filter(c -> c.code().equals("POSYANDU-PMT")).findFirst()
                .orElseThrow().id();
        List<ProposalSummary> usulan = new ArrayList<>();
        List<ForumDecision> sheet = new ArrayList<>();
        for (String title : titles) {
            ProposalDraft draft = new ProposalDraft(YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                    List.of(MEDONO + ".002.003"), "Posyandu Melati RW 002", null, null, ProposalKind.NON_FISIK,
                    ProposalField.SOSIAL, item, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40,
                    "balita", new BigDecimal("2"), "paket", null, null, null, null, null, null);
            ProposalSummary u = proposals.submit(proposals.createDraft(draft, "rt003.medono").id(), "rt003.medono");
            inbox.complete(taskOf("rw002.medono", u.number()).id(), user("rw002.medono"),
                    Map.of("keputusan", "SETUJUI", "peringkat", proposals.nextFreeRwRank(u.id())), Map.of());
            inbox.complete(taskOf("staf.medono", u.number()).id(), user("staf.medono"), Map.of("keputusan", "TERIMA",
                    "volumeSesuai", true, "lokasiSesuai", true, "bukanDuplikat", true), Map.of());
            usulan.add(u);
            // the second is also forwarded to the kecamatan (KEDUANYA): still a dana kelurahan candidate
            ForumOutcome outcome = sheet.size() == 1 ? ForumOutcome.KEDUANYA : ForumOutcome.DANA_KELURAHAN;
            sheet.add(ForumDecision.agreed(u.number(), outcome, sheet.size() + 1));
        }
        bean(ForumService.class).confirm(ForumLevel.KELURAHAN, MEDONO, YEAR, sheet, "lurah.medono");
        return usulan;
    }

    /** A new LKK of Medono whose programme (two activities, the first a pemberdayaan candidate) is accepted. */
    public LkkProgramme acceptedProgramme(BigDecimal first, BigDecimal second) {
        String username = "lkk-" + UUID.randomUUID().toString().substring(0, 8);
        UserService userService = bean(UserService.class);
        var account = userService.createUser(new NewUser(username, "Pengurus Uji", username + "@uji.id", null,
                "rahasia-uji-123"), "test");
        userService.addPosition(account.id(), new NewPosition(PositionType.PENGURUS_LKK, MEDONO,
                "KT-" + UUID.randomUUID().toString().substring(0, 8), PositionStatus.DEFINITIF,
                userService.today().minusDays(1), null, null), "test");
        AuthenticatedUser officer = user(username);
        LkkProgrammeService programmes = bean(LkkProgrammeService.class);
        ProgrammeOwner owner = programmes.ownersOf(officer).get(0);
        LkkProgramme submitted = programmes.submit(owner, YEAR, null, List.of(
                new ActivityDraft("Pelatihan kader posyandu", ProgrammeTheme.POSYANDU, "Kader posyandu", first, true),
                new ActivityDraft("Pembelian timbangan bayi", ProgrammeTheme.STUNTING, "Posyandu RW 002", second,
                        false)), null, officer);
        bean(TaskInboxService.class).complete(taskOf("staf.medono", submitted.number()).id(), user("staf.medono"),
                Map.of("keputusan", "TERIMA"), Map.of());
        return programmes.detail(submitted.id(), user("lurah.medono"));
    }

    /** The activity funding the usulan. */
    public ActivityDetail activityOf(ProposalSummary usulan) {
        return bean(ExecutionService.class).activities(user("lurah.medono")).stream()
                .filter(a -> Long.valueOf(usulan.id()).equals(a.proposalId())).findFirst().orElseThrow();
    }
}
