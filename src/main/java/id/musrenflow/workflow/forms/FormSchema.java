package id.musrenflow.workflow.forms;

import java.util.List;
import java.util.Optional;

/** A Camunda Form as read from its JSON file: its id (the {@code camunda:formRef}) and components in order. */
public record FormSchema(String id, List<FormComponent> components) {

    public FormSchema {
        components = List.copyOf(components);
    }

    /** The components that hold a value, in form order (text blocks left out). */
    public List<FormComponent> fields() {
        return components.stream().filter(FormComponent::isField).toList();
    }

    public Optional<FormComponent> field(String key) {
        return fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
