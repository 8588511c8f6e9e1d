package id.musrenflow.monitoring.process;

import java.util.List;

/**
 * A deployed process's drawing, read from its BPMN diagram interchange: what the server-side SVG needs and nothing of
 * the engine.
 *
 * @param width  right edge of the drawing (plus its left offset), for the SVG viewBox
 * @param height bottom edge of the drawing
 */
public record ProcessDiagram(String key, String definitionId, String name, int version, List<Shape> shapes,
                             List<Edge> edges, double minX, double minY, double width, double height) {

    public enum Kind { TASK, USER_TASK, SUBPROCESS, EVENT, END_EVENT, BOUNDARY_EVENT, GATEWAY, OTHER }

    /** A flow node's box; {@code label} is the DI label box (events and gateways) or null. */
    public record Shape(String id, Kind kind, String name, Box box, Box label) {
    }

    public record Edge(String id, String name, List<Point> waypoints, Box label) {
    }

    public record Box(double x, double y, double width, double height) {
    }

    public record Point(double x, double y) {
    }

    public Shape shape(String id) {
        return shapes.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
