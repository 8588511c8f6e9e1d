package id.musrenflow.workflow;

import id.musrenflow.TestTime;
import id.musrenflow.proposal.AttachmentType;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Submitted usulan of Medono for inbox tests, through the real service (same as TaskInboxIT's helper). */
public record UsulanFixtures(ProposalService proposals) {

    public static final String MEDONO = "33.75.01.1002";
    public static final String RT_003 = MEDONO + ".002.003";
    public static final String RT_001 = MEDONO + ".002.001";

    public ProposalSummary nonPhysical(String title) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002", List.of(RT_003),
                "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL, null, title,
                "Banyak balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.ONE, "kegiatan",
                new BigDecimal("3000000"), null, null, null, null, null);
        ProposalSummary created = proposals.createDraft(draft, "rt003.medono");
        return proposals.submit(created.id(), "rt003.medono");
    }

    /** A drainage usulan (catalogue item DRAINASE) with a photo at the given point, submitted by the RT head. */
    public ProposalSummary drainage(String title, String rtHead, String rtCode, double latitude, double longitude) {
        long item = proposals.catalogue(TestTime.PLANNING_YEAR).stream().filter(c -> c.code().equals("DRAINASE")).findFirst()
                .orElseThrow().id();
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002", List.of(rtCode),
                "Gang Melati", scaled(latitude), scaled(longitude), ProposalKind.FISIK, ProposalField.INFRASTRUKTUR,
                item, title, "Saluran tersumbat, air meluap saat hujan", null, null, 60, "warga", new BigDecimal("40"),
                "m", null, null, null, null, null, null);
        ProposalSummary created = proposals.createDraft(draft, rtHead);
        proposals.addAttachment(created.id(), AttachmentType.FOTO, "saluran.jpg", "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3}, null, rtHead);
        return proposals.submit(created.id(), rtHead);
    }

    private static BigDecimal scaled(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP);
    }
}
