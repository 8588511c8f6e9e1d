package id.musrenflow.monitoring.ui;

import id.musrenflow.TestTime;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Usulan and readers the monitoring views' tests need, made through the modules' own services. */
final class MonitoringFixtures {

    static final String MEDONO = "33.75.01.1002";

    private MonitoringFixtures() {
    }

    /** A non-physical usulan of RT 003 Medono, submitted: it waits for the RW head's review. */
    static ProposalSummary submitted(ProposalService proposals, String title) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Gang Melati", null, null, ProposalKind.NON_FISIK,
                ProposalField.SOSIAL, null, title, "Balita kurang gizi", null, null, 30, "ibu balita",
                BigDecimal.ONE, "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
        return proposals.submit(proposals.createDraft(draft, "rt003.medono").id(), "rt003.medono");
    }

    /** The Camat of Pekalongan Timur (no demo user holds that position); returns the username. */
    static String camatTimur(UserService users) {
        return id.musrenflow.monitoring.CamatTimur.holder(users);
    }
}
