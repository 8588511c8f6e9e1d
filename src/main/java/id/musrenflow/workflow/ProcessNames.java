package id.musrenflow.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The BPMN names of processes and their user tasks (the stages), by process definition id. A deployed definition
 * never changes, so each one is read once from the engine's deployment cache and kept.
 */
@Component
class ProcessNames {

    /** {@code key} comes from the definition itself: a long key makes the engine use a bare uuid as the id. */
    record Names(String key, String process, Map<String, String> tasks) {
    }

    private final RepositoryService repository;
    private final Map<String, Names> byDefinition = new ConcurrentHashMap<>();

    ProcessNames(RepositoryService repository) {
        this.repository = repository;
    }

    Names of(String processDefinitionId) {
        return byDefinition.computeIfAbsent(processDefinitionId, this::read);
    }

    private Names read(String definitionId) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        Map<String, String> tasks = new HashMap<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            tasks.put(task.getId(), nameOrId(task));
        }
        var definition = repository.getProcessDefinition(definitionId);
        String process = definition.getName();
        return new Names(definition.getKey(), process == null ? definition.getKey() : process, Map.copyOf(tasks));
    }

    private static String nameOrId(FlowElement element) {
        return element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
    }
}
