package id.musrenflow.proposal.internal;

import id.musrenflow.identity.PositionType;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ReasonCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Walks one demo usulan through the levels to its fate, writing the status history the process listeners would
 * have written (the same statuses at the same moment where one BPMN flow records several), the ranks, the field
 * verdict, an OPD re-assignment or a return for revision on the way, and the due date of its open task. The moments
 * are spread over the weeks before {@code now}; a quarter of the open tasks are past their due date.
 */
final class DemoSeasonJourney {

    private static final Map<String, String> DEMO_USERS = Map.ofEntries(
            Map.entry("lurah:33.75.01.1002", "lurah.medono"), Map.entry("staf-kelurahan:33.75.01.1002", "staf.medono"),
            Map.entry("lurah:33.75.01.1003", "lurah.podosugih"), Map.entry("camat:33.75.01", "camat.barat"),
            Map.entry("staf-kecamatan:33.75.01", "staf.barat"), Map.entry("verifikator-opd:DPUPR", "opd.pupr"),
            Map.entry("verifikator-opd:DINKES", "opd.dinkes"), Map.entry("bappeda", "bappeda"));
    /** Working days a task is given (musrenflow.usulan.tenggat-bawaan), as calendar days for the demo. */
    private static final int DAYS_TO_ACT = 7;

    private record Moment(List<ProposalStatus> to, String position, String reasonCode, String reason, String note,
                          boolean fieldVerdict) {
    }

    private final LocalDateTime now;
    private final Random random;
    private final Map<String, Integer> ranks = new java.util.HashMap<>();

    DemoSeasonJourney(LocalDateTime now, Random random) {
        this.now = now;
        this.random = random;
    }

    /** A synthetic username for a position nobody holds in the demo (recognisable by its prefix). */
    static String userOf(String group) {
        return DemoSeasonPlan.PROPOSER_PREFIX + group.replace(':', '.');
    }

    private static String actorOf(String group) {
        return DEMO_USERS.getOrDefault(group, userOf(group));
    }

    void walk(DemoSeasonUsulan u, DemoSeasonFate fate) {
        List<Moment> moments = moments(u, fate);
        List<LocalDateTime> times = times(moments.size(), fate);
        u.created = times.get(0);
        u.history.add(new DemoSeasonUsulan.Step(u.created, u.proposer, u.proposerPosition, null,
                ProposalStatus.DRAFT, null, null, null));
        for (int i = 0; i < moments.size(); i++) {
            Moment m = moments.get(i);
            LocalDateTime at = times.get(i + 1);
            if (m.fieldVerdict()) {
                u.fieldVerified = at;
                continue;
            }
            String actor = m.position() == null ? "sistem" : m.position().equals(u.proposerPosition) ? u.proposer
                    : actorOf(m.position());
            for (ProposalStatus to : m.to()) {
                if (u.status == ProposalStatus.DRAFT && to != ProposalStatus.KADALUARSA) {
                    u.submitted = at;
                }
                if (u.status == ProposalStatus.PERLU_REVISI && to != ProposalStatus.DIBATALKAN) {
                    u.revision++;
                }
                u.history.add(new DemoSeasonUsulan.Step(at, actor, m.position(), u.status, to, m.reasonCode(),
                        m.reason(), m.note()));
                u.status = to;
            }
        }
        u.waitAt = fate.waitAt;
        if (fate.dueInRow()) {
            u.due = u.changed().toLocalDate().plusDays(DAYS_TO_ACT).atTime(23, 59);
        }
        if (fate == DemoSeasonFate.BUDGETED) {
            u.budgetDate = u.changed().toLocalDate();
            u.budgetNumber = "DPA/" + u.taskOpd + "/" + u.year + "/" + (100 + random.nextInt(900));
            u.budget = u.cost;
        }
    }

    private List<Moment> moments(DemoSeasonUsulan u, DemoSeasonFate fate) {
        List<Moment> m = new ArrayList<>();
        String proposer = u.proposerPosition;
        String rwHead = PositionType.KETUA_RW.groupId(u.rw, null);
        String staff = PositionType.STAF_KELURAHAN.groupId(u.kelurahan, null);
        String lurah = PositionType.LURAH.groupId(u.kelurahan, null);
        String survey = PositionType.STAF_KECAMATAN.groupId(u.kecamatan, null);
        String camat = PositionType.CAMAT.groupId(u.kecamatan, null);
        String bappeda = PositionType.BAPPEDA.groupId(null, null);
        if (fate == DemoSeasonFate.DRAFT) {
            return m;
        }
        if (fate == DemoSeasonFate.EXPIRED) {
            u.repeat = 2;
            u.validUntil = now.toLocalDate().minusDays(3 + random.nextInt(20));
            m.add(step(List.of(ProposalStatus.KADALUARSA), null, null, null,
                    "Masa berlaku usulan lanjutan habis sebelum dikonfirmasi pengusul"));
            return m;
        }
        u.validUntil = java.time.LocalDate.of(u.year + 2, 12, 31);
        boolean withdrawEarly = fate == DemoSeasonFate.WITHDRAWN && random.nextInt(3) == 0;
        if (u.origin.needsRwReview()) {
            m.add(step(List.of(ProposalStatus.DIAJUKAN_RW), proposer, null, null, null));
            if (fate == DemoSeasonFate.AT_RW) {
                return m;
            }
            if (fate == DemoSeasonFate.REJECTED_RW) {
                m.add(step(List.of(ProposalStatus.DITOLAK_RW), rwHead, ReasonCode.DUPLIKAT.name(),
                        "Sama dengan usulan RT lain di RW ini untuk ruas yang sama", null));
                return m;
            }
            if (withdrawEarly) {
                return withdraw(m, proposer);
            }
            u.rankRw = next("rw:" + u.rw);
            m.add(step(List.of(ProposalStatus.PRIORITAS_RW, ProposalStatus.DIAJUKAN_KELURAHAN), rwHead, null, null,
                    "Disepakati dalam rembuk RW"));
        } else {
            m.add(step(List.of(ProposalStatus.DIAJUKAN_KELURAHAN), proposer, null, null, null));
        }
        if (fate == DemoSeasonFate.AT_KELURAHAN) {
            return m;
        }
        if (fate == DemoSeasonFate.RETURNED || random.nextInt(5) == 0) {
            u.revisionStage = "KELURAHAN";
            m.add(step(List.of(ProposalStatus.PERLU_REVISI), staff, ReasonCode.LOKASI_SALAH.name(),
                    "Alamat dan volume belum sesuai hasil pengecekan; mohon lengkapi titik lokasi", null));
            if (fate == DemoSeasonFate.RETURNED) {
                return m;
            }
            m.add(step(List.of(ProposalStatus.DIAJUKAN_KELURAHAN), proposer, null, null,
                    "Alamat, volume dan titik lokasi sudah diperbaiki"));
        }
        if (fate == DemoSeasonFate.WITHDRAWN && !withdrawEarly && random.nextBoolean()) {
            return withdraw(m, proposer);
        }
        if (fate == DemoSeasonFate.REJECTED_KELURAHAN) {
            m.add(step(List.of(ProposalStatus.DITOLAK_KELURAHAN), staff, ReasonCode.BUKAN_KEWENANGAN.name(),
                    "Lokasi berada di jalan provinsi, bukan kewenangan kota", null));
            return m;
        }
        m.add(step(List.of(ProposalStatus.TERVERIFIKASI_KELURAHAN), staff, null, null, "Volume dan lokasi sesuai"));
        if (fate == DemoSeasonFate.AT_FORUM_KELURAHAN) {
            return m;
        }
        if (fate == DemoSeasonFate.WITHDRAWN) {
            return withdraw(m, proposer);
        }
        if (fate == DemoSeasonFate.NOT_AGREED_KELURAHAN) {
            m.add(step(List.of(ProposalStatus.TIDAK_DISEPAKATI_MUSRENBANGKEL), lurah, ReasonCode.MELEBIHI_PAGU.name(),
                    "Kalah prioritas dalam musrenbang kelurahan; dicatat dalam daftar usulan belum disepakati", null));
            return m;
        }
        u.rankKelurahan = next("kel:" + u.kelurahan);
        if (fate == DemoSeasonFate.DANA_KELURAHAN) {
            u.danaKelurahan = true;
            m.add(step(List.of(ProposalStatus.DISEPAKATI_MUSRENBANGKEL, ProposalStatus.DIDANAI_DANA_KELURAHAN), lurah,
                    null, null, "Didanai dana kelurahan"));
            return m;
        }
        u.danaKelurahan = u.item.danaKelurahan() && random.nextInt(8) == 0;
        m.add(step(u.danaKelurahan ? List.of(ProposalStatus.DISEPAKATI_MUSRENBANGKEL,
                        ProposalStatus.DIDANAI_DANA_KELURAHAN, ProposalStatus.DITERUSKAN_KECAMATAN)
                : List.of(ProposalStatus.DISEPAKATI_MUSRENBANGKEL, ProposalStatus.DITERUSKAN_KECAMATAN), lurah,
                null, null, "Diteruskan ke musrenbang kecamatan"));
        return kecamatan(u, fate, m, survey, camat, bappeda);
    }

    private List<Moment> kecamatan(DemoSeasonUsulan u, DemoSeasonFate fate, List<Moment> m, String survey,
                                   String camat, String bappeda) {
        if (fate == DemoSeasonFate.AT_FIELD) {
            return m;
        }
        if (fate == DemoSeasonFate.UNFEASIBLE) {
            m.add(step(List.of(ProposalStatus.DITOLAK_KECAMATAN), survey, ReasonCode.STATUS_LAHAN.name(),
                    "Lahan milik pribadi, belum ada surat hibah", null));
            return m;
        }
        m.add(new Moment(List.of(), survey, null, null, null, true));
        if (fate == DemoSeasonFate.AT_FORUM_KECAMATAN) {
            return m;
        }
        if (fate == DemoSeasonFate.NOT_AGREED_KECAMATAN) {
            m.add(step(List.of(ProposalStatus.DITOLAK_KECAMATAN), camat, ReasonCode.MELEBIHI_PAGU.name(),
                    "Tidak masuk prioritas kecamatan tahun ini", null));
            return m;
        }
        u.rankKecamatan = next("kec:" + u.kecamatan);
        m.add(step(List.of(ProposalStatus.DISEPAKATI_MUSRENBANGCAM, ProposalStatus.VERIFIKASI_OPD), camat, null,
                null, "Disepakati musrenbang kecamatan"));
        String opd = PositionType.VERIFIKATOR_OPD.groupId(null, u.taskOpd);
        String other = DemoSeasonTexts.REASSIGNED_TO.get(u.taskOpd);
        if (other != null && random.nextInt(4) == 0) {
            m.add(step(List.of(ProposalStatus.VERIFIKASI_OPD), opd, ReasonCode.OPD_SALAH.name(),
                    "Kegiatan ini kewenangan OPD lain", "Dialihkan ke OPD yang berwenang"));
            u.finalOpd = other;
            u.taskOpd = other;
            opd = PositionType.VERIFIKATOR_OPD.groupId(null, other);
        }
        switch (fate) {
            case AT_OPD -> {
                return m;
            }
            case DISCUSSED -> {
                m.add(step(List.of(ProposalStatus.DISKUSI), opd, ReasonCode.PERLU_DISKUSI.name(),
                        "Perlu dibahas bersama Bappeda karena menyangkut dua OPD", null));
                return m;
            }
            case REJECTED_OPD -> {
                m.add(step(List.of(ProposalStatus.DITOLAK_OPD), opd, ReasonCode.SUDAH_DIUSULKAN.name(),
                        "Sudah masuk kegiatan OPD tahun berjalan", null));
                return m;
            }
            case POSTPONED -> {
                m.add(step(List.of(ProposalStatus.DITANGGUHKAN), opd, ReasonCode.DITANGGUHKAN.name(),
                        "Menunggu penataan kawasan oleh provinsi", null));
                return m;
            }
            default -> m.add(step(List.of(ProposalStatus.DITERIMA_OPD, ProposalStatus.MASUK_RENJA), opd, null, null,
                    "Masuk Renja perangkat daerah"));
        }
        if (fate == DemoSeasonFate.AT_BAPPEDA) {
            return m;
        }
        if (fate == DemoSeasonFate.NOT_IN_RKPD) {
            m.add(step(List.of(ProposalStatus.TIDAK_MASUK_RKPD), bappeda, ReasonCode.MELEBIHI_PAGU.name(),
                    "Melebihi pagu indikatif OPD; dibawa ke siklus berikutnya", null));
            return m;
        }
        m.add(step(List.of(ProposalStatus.MASUK_RKPD), bappeda, null, null, "Masuk rancangan akhir RKPD"));
        if (fate == DemoSeasonFate.BUDGETED) {
            m.add(step(List.of(ProposalStatus.DIANGGARKAN), opd, null, null, "Dianggarkan dalam DPA"));
        }
        return m;
    }

    private List<Moment> withdraw(List<Moment> m, String proposer) {
        m.add(step(List.of(ProposalStatus.DIBATALKAN), proposer, null,
                "Sudah dikerjakan swadaya oleh warga", null));
        return m;
    }

    private static Moment step(List<ProposalStatus> to, String position, String reasonCode, String reason,
                               String note) {
        return new Moment(to, position, reasonCode, reason, note, false);
    }

    private int next(String list) {
        return ranks.merge(list, 1, Integer::sum);
    }

    /**
     * Creation then one time per moment, ascending, all before {@code now}: the last moment is recent for an open
     * task (a quarter of them long enough ago to be overdue), a few days to weeks ago otherwise; the steps before it
     * are one to eight days apart, in office hours.
     */
    private List<LocalDateTime> times(int moments, DemoSeasonFate fate) {
        long lastAgoMinutes;
        if (fate.dueInRow()) {
            lastAgoMinutes = random.nextInt(4) == 0 ? Duration.ofDays(9 + random.nextInt(15)).toMinutes()
                    : 60 + random.nextInt((int) Duration.ofDays(5).toMinutes());
        } else {
            lastAgoMinutes = Duration.ofDays(1 + random.nextInt(30)).toMinutes() + random.nextInt(600);
        }
        List<LocalDateTime> times = new ArrayList<>();
        LocalDateTime at = now.minusMinutes(lastAgoMinutes);
        times.add(at);
        for (int i = 0; i < moments; i++) {
            at = at.toLocalDate().minusDays(1 + random.nextInt(8)).atTime(8 + random.nextInt(7), random.nextInt(60));
            times.add(0, at);
        }
        return times;
    }
}
