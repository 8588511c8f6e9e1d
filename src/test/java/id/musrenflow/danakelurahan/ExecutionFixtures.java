package id.musrenflow.danakelurahan;

import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.ForumAgendas;
import id.musrenflow.proposal.ForumDecision;
import id.musrenflow.proposal.ForumLevel;
import id.musrenflow.proposal.ForumOutcome;
import id.musrenflow.proposal.ForumService;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import id.musrenflow.workflow.UsulanFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Medono 2027 from agreed usulan to approved activities, through the real services and inbox; shared by the
 * PostgreSQL and the browserless tests. One plan per kelurahan and year, so {@link #clear()} comes first.
 */
public final class ExecutionFixtures {

    public static final String MEDONO = "33.75.01.1002";
    public static final int YEAR = 2027;
    public static final String PLAN = "RKK-2027-3375011002";

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

    /** What an earlier run left for Medono 2027: plan, allocations, activities and their process instances. */
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
            inbox.complete(taskOf("rw002.medono", u.number()).id(), user("rw002.medono"), Map.of("keputusan", "SETUJUI"),
                    Map.of());
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

    /** The activity funding the usulan. */
    public ActivityDetail activityOf(ProposalSummary usulan) {
        return bean(ExecutionService.class).activities(user("lurah.medono")).stream()
                .filter(a -> Long.valueOf(usulan.id()).equals(a.proposalId())).findFirst().orElseThrow();
    }
}
