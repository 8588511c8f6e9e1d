package id.musrenflow.proposal.internal;

import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.process.UsulanMusrenbangProcess;

/**
 * Where an usulan of the demo season has got to, with how many of the season's usulan end there: every funnel stage
 * (ProposalStage) has some, and each one still under way waits at the BPMN element named here.
 */
enum DemoSeasonFate {
    DRAFT(20, ProposalStatus.DRAFT, null),
    EXPIRED(4, ProposalStatus.KADALUARSA, null),
    AT_RW(36, ProposalStatus.DIAJUKAN_RW, UsulanMusrenbangProcess.TASK_TELAAH_RW),
    REJECTED_RW(6, ProposalStatus.DITOLAK_RW, null),
    AT_KELURAHAN(40, ProposalStatus.DIAJUKAN_KELURAHAN, UsulanMusrenbangProcess.TASK_VERIFIKASI_KELURAHAN),
    RETURNED(12, ProposalStatus.PERLU_REVISI, UsulanMusrenbangProcess.TASK_REVISI),
    REJECTED_KELURAHAN(8, ProposalStatus.DITOLAK_KELURAHAN, null),
    AT_FORUM_KELURAHAN(36, ProposalStatus.TERVERIFIKASI_KELURAHAN, UsulanMusrenbangProcess.EVENT_FORUM_KELURAHAN),
    NOT_AGREED_KELURAHAN(14, ProposalStatus.TIDAK_DISEPAKATI_MUSRENBANGKEL, null),
    DANA_KELURAHAN(30, ProposalStatus.DIDANAI_DANA_KELURAHAN, null),
    AT_FIELD(34, ProposalStatus.DITERUSKAN_KECAMATAN, UsulanMusrenbangProcess.TASK_VERIFIKASI_LAPANGAN),
    UNFEASIBLE(6, ProposalStatus.DITOLAK_KECAMATAN, null),
    AT_FORUM_KECAMATAN(34, ProposalStatus.DITERUSKAN_KECAMATAN, UsulanMusrenbangProcess.EVENT_FORUM_KECAMATAN),
    NOT_AGREED_KECAMATAN(6, ProposalStatus.DITOLAK_KECAMATAN, null),
    AT_OPD(36, ProposalStatus.VERIFIKASI_OPD, UsulanMusrenbangProcess.TASK_VERIFIKASI_OPD),
    DISCUSSED(8, ProposalStatus.DISKUSI, UsulanMusrenbangProcess.TASK_VERIFIKASI_OPD),
    REJECTED_OPD(6, ProposalStatus.DITOLAK_OPD, null),
    POSTPONED(5, ProposalStatus.DITANGGUHKAN, null),
    AT_BAPPEDA(26, ProposalStatus.MASUK_RENJA, UsulanMusrenbangProcess.TASK_KEPUTUSAN_BAPPEDA),
    IN_RKPD(22, ProposalStatus.MASUK_RKPD, UsulanMusrenbangProcess.TASK_CATAT_ANGGARAN),
    NOT_IN_RKPD(5, ProposalStatus.TIDAK_MASUK_RKPD, null),
    BUDGETED(8, ProposalStatus.DIANGGARKAN, UsulanMusrenbangProcess.TASK_CATAT_PELAKSANAAN),
    WITHDRAWN(14, ProposalStatus.DIBATALKAN, null);

    final int count;
    final ProposalStatus status;
    final String waitAt;

    DemoSeasonFate(int count, ProposalStatus status, String waitAt) {
        this.count = count;
        this.status = status;
        this.waitAt = waitAt;
    }

    /** Waits on a person's task with a due date in the usulan row (the RKPD tasks are due at the year's end). */
    boolean dueInRow() {
        return waitAt != null && waitAt.startsWith("Task_") && this != IN_RKPD && this != BUDGETED;
    }

    static int total() {
        int total = 0;
        for (DemoSeasonFate fate : values()) {
            total += fate.count;
        }
        return total;
    }
}
