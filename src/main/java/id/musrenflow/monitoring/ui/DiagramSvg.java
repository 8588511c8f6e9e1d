package id.musrenflow.monitoring.ui;

import id.musrenflow.monitoring.process.ProcessDiagram;
import id.musrenflow.monitoring.process.ProcessDiagram.Box;
import id.musrenflow.monitoring.process.ProcessDiagram.Kind;
import id.musrenflow.monitoring.process.ProcessDiagram.Shape;
import id.musrenflow.monitoring.process.ProcessFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A process diagram as SVG, drawn on the server from the BPMN diagram interchange: tasks as rounded boxes, events as
 * circles, gateways as diamonds, flows as arrows, with the names. Over it either the instances waiting at each
 * element now (a blue badge, a link where the element has a list to open) or the historic heatmap (the fill goes
 * from pale yellow to red with the share of instances that entered the element, a dark badge with the count). The
 * viewBox lets the browser scale the drawing to the width it has.
 */
final class DiagramSvg {

    enum Mode { NOW, HISTORY }

    private static final double CHAR_WIDTH = 6.4;
    private static final double LINE_HEIGHT = 13;

    private final StringBuilder svg = new StringBuilder();
    private final ProcessFigures figures;
    private final Mode mode;
    private final Function<String, String> links;
    private final Function<String, String> tooltips;

    private DiagramSvg(ProcessFigures figures, Mode mode, Function<String, String> links,
                       Function<String, String> tooltips) {
        this.figures = figures;
        this.mode = mode;
        this.links = links;
        this.tooltips = tooltips;
    }

    /**
     * @param links    the link of an element with waiting instances (null = none)
     * @param tooltips the title of an element (its figures in words), null for none
     */
    static String render(ProcessDiagram d, ProcessFigures figures, Mode mode, String label,
                         Function<String, String> links, Function<String, String> tooltips) {
        return new DiagramSvg(figures, mode, links, tooltips).draw(d, label);
    }

    private String draw(ProcessDiagram d, String label) {
        double x = d.minX() - 20;
        double y = d.minY() - 20;
        double w = d.width() - d.minX() + 40;
        double h = d.height() - d.minY() + 40;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mf-diagram\" role=\"img\" viewBox=\"")
                .append(n(x)).append(' ').append(n(y)).append(' ').append(n(w)).append(' ').append(n(h))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h))
                .append("\" preserveAspectRatio=\"xMinYMin meet\" aria-label=\"").append(esc(label)).append("\">")
                .append("<defs><marker id=\"mf-panah\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                        + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
                        + "class=\"mf-d-panah\"/></marker></defs>");
        List<Shape> shapes = new ArrayList<>(d.shapes());
        shapes.sort(Comparator.comparingInt(s -> order(s.kind())));
        for (Shape s : shapes) {
            if (s.kind() == Kind.SUBPROCESS) {
                shape(s);
            }
        }
        for (ProcessDiagram.Edge e : d.edges()) {
            edge(e);
        }
        for (Shape s : shapes) {
            if (s.kind() != Kind.SUBPROCESS) {
                shape(s);
            }
        }
        for (Shape s : shapes) {
            badge(s);
        }
        return svg.append("</svg>").toString();
    }

    private static int order(Kind kind) {
        return switch (kind) {
            case SUBPROCESS -> 0;
            case BOUNDARY_EVENT -> 2;
            default -> 1;
        };
    }

    private void edge(ProcessDiagram.Edge e) {
        if (e.waypoints().size() < 2) {
            return;
        }
        svg.append("<polyline class=\"mf-d-alur\" marker-end=\"url(#mf-panah)\" points=\"");
        for (ProcessDiagram.Point p : e.waypoints()) {
            svg.append(n(p.x())).append(',').append(n(p.y())).append(' ');
        }
        svg.append("\"/>");
        if (e.name() != null && !e.name().isBlank() && e.label() != null) {
            text(e.name(), e.label(), "mf-d-label-alur", false);
        }
    }

    private void shape(Shape s) {
        Box b = s.box();
        svg.append("<g class=\"mf-d-elemen mf-d-").append(s.kind().name().toLowerCase(Locale.ROOT))
                .append("\" data-element=\"").append(esc(s.id())).append("\">");
        String title = tooltips.apply(s.id());
        if (title != null) {
            svg.append("<title>").append(esc(title)).append("</title>");
        }
        String fill = mode == Mode.HISTORY ? heat(s.id()) : null;
        String style = fill == null ? "" : " style=\"fill:" + fill + "\"";
        switch (s.kind()) {
            case TASK, USER_TASK, SUBPROCESS, OTHER -> {
                svg.append("<rect class=\"mf-d-bentuk\" x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y()))
                        .append("\" width=\"").append(n(b.width())).append("\" height=\"").append(n(b.height()))
                        .append("\" rx=\"10\" ry=\"10\"").append(style).append("/>");
                if (s.name() != null) {
                    if (s.kind() == Kind.SUBPROCESS) {
                        text(s.name(), new Box(b.x() + 6, b.y() + 4, Math.min(b.width() - 12, 260), 30),
                                "mf-d-label", true);
                    } else {
                        text(s.name(), new Box(b.x() + 4, b.y() + 2, b.width() - 8, b.height() - 4), "mf-d-label",
                                false);
                    }
                }
            }
            case EVENT, END_EVENT, BOUNDARY_EVENT -> {
                double r = Math.min(b.width(), b.height()) / 2;
                svg.append("<circle class=\"mf-d-bentuk\" cx=\"").append(n(b.x() + b.width() / 2)).append("\" cy=\"")
                        .append(n(b.y() + b.height() / 2)).append("\" r=\"").append(n(r)).append("\"").append(style)
                        .append("/>");
                outsideLabel(s);
            }
            case GATEWAY -> {
                double cx = b.x() + b.width() / 2;
                double cy = b.y() + b.height() / 2;
                svg.append("<polygon class=\"mf-d-bentuk\" points=\"").append(n(cx)).append(',').append(n(b.y()))
                        .append(' ').append(n(b.x() + b.width())).append(',').append(n(cy)).append(' ').append(n(cx))
                        .append(',').append(n(b.y() + b.height())).append(' ').append(n(b.x())).append(',')
                        .append(n(cy)).append("\"").append(style).append("/>");
                outsideLabel(s);
            }
            default -> { }
        }
        svg.append("</g>");
    }

    private void outsideLabel(Shape s) {
        if (s.name() == null || s.name().isBlank()) {
            return;
        }
        Box b = s.box();
        Box at = s.label() != null ? s.label() : new Box(b.x() - 30, b.y() + b.height() + 4, b.width() + 60, 28);
        text(s.name(), new Box(at.x() - 10, at.y(), Math.max(at.width(), 90) + 20, Math.max(at.height(), 28)),
                "mf-d-label-luar", false);
    }

    private void badge(Shape s) {
        long value = mode == Mode.NOW ? figures.waitingAt(s.id())
                : figures.passages().getOrDefault(s.id(), new ProcessFigures.Passage(0, 0, null, null)).entered();
        if (value == 0) {
            return;
        }
        Box b = s.box();
        String text = Long.toString(value);
        double width = 18 + text.length() * 12;
        double x = b.x() + b.width() - width / 2 - 4;
        double y = b.y() + b.height() - 16;
        String link = mode == Mode.NOW ? links.apply(s.id()) : null;
        if (link != null) {
            svg.append("<a href=\"").append(esc(link)).append("\" class=\"mf-d-tautan\">");
        }
        svg.append("<g class=\"mf-d-lencana mf-d-lencana-").append(mode == Mode.NOW ? "kini" : "riwayat")
                .append("\" data-element=\"").append(esc(s.id())).append("\" data-count=\"").append(value).append("\">")
                .append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(width)).append("\" height=\"30\" rx=\"15\" ry=\"15\"/><text x=\"").append(n(x + width / 2))
                .append("\" y=\"").append(n(y + 21.5)).append("\" text-anchor=\"middle\">").append(text)
                .append("</text></g>");
        if (link != null) {
            svg.append("</a>");
        }
    }

    /** Pale yellow (few) to red (most) by the share of the busiest element. */
    private String heat(String id) {
        long max = figures.maxEntered();
        ProcessFigures.Passage p = figures.passages().get(id);
        if (max == 0 || p == null || p.entered() == 0) {
            return null;
        }
        double share = (double) p.entered() / max;
        int hue = (int) Math.round(55 - 55 * share);
        int light = (int) Math.round(90 - 26 * share);
        return "hsl(" + hue + ",95%," + light + "%)";
    }

    /** Wrapped text in a box: centred lines, or left-aligned from the top. */
    private void text(String value, Box box, String cssClass, boolean topLeft) {
        int perLine = Math.max(4, (int) Math.floor(box.width() / CHAR_WIDTH));
        List<String> lines = wrap(value, perLine);
        int room = Math.max(1, (int) Math.floor(Math.max(box.height(), LINE_HEIGHT) / LINE_HEIGHT) + (topLeft ? 0 : 1));
        if (lines.size() > room) {
            lines = new ArrayList<>(lines.subList(0, room));
            String last = lines.get(room - 1);
            lines.set(room - 1, (last.length() > perLine - 1 ? last.substring(0, perLine - 1) : last) + "…");
        }
        double cx = topLeft ? box.x() : box.x() + box.width() / 2;
        double top = topLeft ? box.y() + LINE_HEIGHT - 2
                : box.y() + box.height() / 2 - (lines.size() - 1) * LINE_HEIGHT / 2 + 4;
        svg.append("<text class=\"").append(cssClass).append("\" text-anchor=\"").append(topLeft ? "start" : "middle")
                .append("\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(n(cx)).append("\" y=\"").append(n(top + i * LINE_HEIGHT)).append("\">")
                    .append(esc(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

    static List<String> wrap(String value, int perLine) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : value.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
