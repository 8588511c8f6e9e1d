package id.musrenflow.workflow.engine;

import id.musrenflow.workflow.TaskCreated;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link TaskCreated} for every user task of every deployed process, without touching the BPMN: a parse
 * listener appends a create listener to each user task. It is appended after the model's own listeners, so the event
 * carries the final task name, and the engine has already added the candidate groups and the assignee by then.
 * It runs inside the engine's (Spring) transaction: a step that rolls back takes its events' effects with it.
 */
@Component
class TaskCreatedPublisher extends AbstractProcessEnginePlugin {

    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private final ApplicationEventPublisher events;

    TaskCreatedPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, TaskCreatedPublisher.this::publish);
            }
        });
    }

    private void publish(DelegateTask task) {
        Set<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .collect(Collectors.toUnmodifiableSet());
        String definition = task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        LocalDateTime due = task.getDueDate() == null ? null : LocalDateTime.ofInstant(task.getDueDate().toInstant(), ZONE);
        events.publishEvent(new TaskCreated(task.getId(), task.getName(), definition, businessKey, groups,
                task.getAssignee(), due));
    }
}
