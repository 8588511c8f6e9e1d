package id.musrenflow.monitoring.process;

import id.musrenflow.monitoring.process.ProcessDiagram.Box;
import id.musrenflow.monitoring.process.ProcessDiagram.Kind;
import id.musrenflow.monitoring.process.ProcessDiagram.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.stereotype.Component;

/**
 * The deployed processes (latest version of each key) and their drawings. A deployed definition never changes, so
 * each drawing is read once from the engine's deployment cache and kept by definition id.
 */
@Component
public class ProcessModels {

    /** A process as a picker lists it. */
    public record DeployedProcess(String key, String name, int version, String definitionId) {
    }

    private final RepositoryService repository;
    private final Map<String, ProcessDiagram> diagrams = new ConcurrentHashMap<>();

    ProcessModels(RepositoryService repository) {
        this.repository = repository;
    }

    /** Every deployed process, latest version, by name. */
    public List<DeployedProcess> processes() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(d -> new DeployedProcess(d.getKey(), d.getName() == null ? d.getKey() : d.getName(),
                        d.getVersion(), d.getId()))
                .sorted(Comparator.comparing(DeployedProcess::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Optional<ProcessDiagram> latest(String key) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        return Optional.ofNullable(definition).map(d -> diagram(d.getId()));
    }

    public ProcessDiagram diagram(String definitionId) {
        return diagrams.computeIfAbsent(definitionId, this::read);
    }

    /** The BPMN name of an element (a task's stage) of a definition; the id when it has none. */
    public String elementName(String definitionId, String elementId) {
        ProcessDiagram.Shape shape = diagram(definitionId).shape(elementId);
        return shape == null || shape.name() == null ? elementId : shape.name();
    }

    private ProcessDiagram read(String definitionId) {
        ProcessDefinition definition = repository.getProcessDefinition(definitionId);
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        List<ProcessDiagram.Shape> shapes = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            if (!(element instanceof FlowElement flow)) {
                continue;
            }
            Box box = box(shape.getBounds());
            Box label = shape.getBpmnLabel() == null ? null : box(shape.getBpmnLabel().getBounds());
            shapes.add(new ProcessDiagram.Shape(flow.getId(), kind(flow), flow.getName(), box, label));
            minX = Math.min(minX, box.x());
            minY = Math.min(minY, box.y());
            maxX = Math.max(maxX, box.x() + box.width());
            maxY = Math.max(maxY, box.y() + box.height() + (label == null ? 30 : 0));
            if (label != null) {
                maxX = Math.max(maxX, label.x() + label.width());
                maxY = Math.max(maxY, label.y() + label.height());
            }
        }
        List<ProcessDiagram.Edge> edges = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            List<Point> points = new ArrayList<>();
            for (Waypoint w : edge.getWaypoints()) {
                points.add(new Point(w.getX(), w.getY()));
                minX = Math.min(minX, w.getX());
                minY = Math.min(minY, w.getY());
                maxX = Math.max(maxX, w.getX());
                maxY = Math.max(maxY, w.getY());
            }
            BaseElement element = edge.getBpmnElement();
            String name = element instanceof FlowElement flow ? flow.getName() : null;
            Box label = edge.getBpmnLabel() == null ? null : box(edge.getBpmnLabel().getBounds());
            edges.add(new ProcessDiagram.Edge(element == null ? edge.getId() : element.getId(), name,
                    List.copyOf(points), label));
        }
        if (shapes.isEmpty()) {
            minX = 0;
            minY = 0;
        }
        return new ProcessDiagram(definition.getKey(), definitionId,
                definition.getName() == null ? definition.getKey() : definition.getName(), definition.getVersion(),
                List.copyOf(shapes), List.copyOf(edges), minX, minY, maxX, maxY);
    }

    private static Box box(Bounds b) {
        return b == null ? null : new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    private static Kind kind(FlowElement element) {
        if (element instanceof UserTask) {
            return Kind.USER_TASK;
        }
        if (element instanceof SubProcess) {
            return Kind.SUBPROCESS;
        }
        if (element instanceof Task) {
            return Kind.TASK;
        }
        if (element instanceof BoundaryEvent) {
            return Kind.BOUNDARY_EVENT;
        }
        if (element instanceof EndEvent) {
            return Kind.END_EVENT;
        }
        if (element instanceof Event) {
            return Kind.EVENT;
        }
        if (element instanceof Gateway) {
            return Kind.GATEWAY;
        }
        return Kind.OTHER;
    }
}
