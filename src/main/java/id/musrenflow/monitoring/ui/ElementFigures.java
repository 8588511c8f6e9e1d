package id.musrenflow.monitoring.ui;

import id.musrenflow.monitoring.RegisterParameters;
import id.musrenflow.monitoring.process.ProcessDiagram;
import id.musrenflow.monitoring.process.ProcessFigures;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.RegisterFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A diagram's figures in words: the table under the drawing, the tooltips, and where an element with waiting
 * instances leads (the register at the usulan's stage, else the open tasks of that step).
 */
final class ElementFigures {

    record Row(String id, String name, long waiting, long entered, String median, String average) {
    }

    /** Elements of usulan-musrenbang and the register stage (or status) of the usulan waiting there. */
    private static final Map<String, ProposalStage> USULAN_STAGES = Map.of(
            "Task_TelaahRw", ProposalStage.RW,
            "Task_VerifikasiKelurahan", ProposalStage.VERIFIKASI_KELURAHAN,
            "Event_TungguForumKelurahan", ProposalStage.FORUM_KELURAHAN,
            "Task_VerifikasiLapangan", ProposalStage.VERIFIKASI_KECAMATAN,
            "Event_TungguForumKecamatan", ProposalStage.FORUM_KECAMATAN,
            "Task_VerifikasiOpd", ProposalStage.OPD,
            "Task_KeputusanBappeda", ProposalStage.BAPPEDA);
    private static final String REVISION = "Task_RevisiUsulan";

    private final ProcessDiagram diagram;
    private final ProcessFigures figures;
    private final Integer year;
    private final BiFunction<String, Object[], String> tr;
    private final NumberFormat decimal;

    ElementFigures(ProcessDiagram diagram, ProcessFigures figures, Integer year, Locale locale,
                   BiFunction<String, Object[], String> tr) {
        this.diagram = diagram;
        this.figures = figures;
        this.year = year;
        this.tr = tr;
        this.decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(1);
    }

    List<Row> rows(DiagramSvg.Mode mode) {
        return diagram.shapes().stream().map(this::row)
                .filter(r -> mode == DiagramSvg.Mode.NOW ? r.waiting() > 0 : r.entered() > 0)
                .sorted(mode == DiagramSvg.Mode.NOW ? Comparator.comparingLong(Row::waiting).reversed()
                        : Comparator.comparingLong(Row::entered).reversed())
                .toList();
    }

    private Row row(ProcessDiagram.Shape s) {
        ProcessFigures.Passage p = figures.passages().get(s.id());
        return new Row(s.id(), s.name() == null || s.name().isBlank() ? tr.apply("proses.diagram.tanpa-nama",
                new Object[0]) : s.name(), figures.waitingAt(s.id()), p == null ? 0 : p.entered(),
                p == null ? "–" : hours(p.medianHours()), p == null ? "–" : hours(p.averageHours()));
    }

    /** "5 jam", "3,5 hari". */
    String hours(Double value) {
        if (value == null) {
            return "–";
        }
        if (value >= 48) {
            return tr.apply("proses.diagram.hari", new Object[] {decimal.format(value / 24)});
        }
        return tr.apply("proses.diagram.jam", new Object[] {decimal.format(value)});
    }

    String link(String elementId) {
        if (figures.waitingAt(elementId) == 0) {
            return null;
        }
        if ("Process_UsulanMusrenbang".equals(diagram.key())) {
            ProposalStage stage = USULAN_STAGES.get(elementId);
            if (stage != null) {
                return RegisterParameters.link(new RegisterFilter(year, null, Set.of(stage), null, null, null, null,
                        null, null, null, false, null));
            }
            if (REVISION.equals(elementId)) {
                return RegisterParameters.link(new RegisterFilter(year, null, null, Set.of(ProposalStatus.PERLU_REVISI),
                        null, null, null, null, null, null, false, null));
            }
        }
        ProcessDiagram.Shape shape = diagram.shape(elementId);
        if (shape != null && shape.kind() == ProcessDiagram.Kind.USER_TASK) {
            return LateWorkView.ROUTE + "?semua=ya&proses=" + URLEncoder.encode(diagram.key(), StandardCharsets.UTF_8)
                    + "&tahap=" + URLEncoder.encode(elementId, StandardCharsets.UTF_8);
        }
        return null;
    }

    String tooltip(String elementId, DiagramSvg.Mode mode) {
        Row row = row(diagram.shape(elementId));
        if (mode == DiagramSvg.Mode.NOW) {
            return row.name() + ": " + tr.apply("proses.diagram.tip-kini", new Object[] {row.waiting()});
        }
        return row.name() + ": " + tr.apply("proses.diagram.tip-riwayat",
                new Object[] {row.entered(), row.median(), row.average()});
    }
}
