package id.musrenflow.workflow.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads Camunda Forms JSON (form-js, the format Camunda Modeler saves) from the classpath or a string. Everything
 * the renderer cannot honour is refused here, so a bad form stops the application at start-up or in a test rather
 * than misbehaving in front of a user.
 */
public final class FormSchemaReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String location;

    /** Reads forms from {@code classpath:forms/}, where the build puts the files Camunda deploys. */
    public FormSchemaReader() {
        this("forms/");
    }

    public FormSchemaReader(String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** Reads {@code <location><formId>.form}; its {@code id} must equal the file name, as Camunda expects. */
    public FormSchema read(String formId) {
        String resource = location + formId + ".form";
        try (InputStream in = FormSchemaReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new FormSchemaException("No form '" + formId + "' at classpath:" + resource);
            }
            FormSchema schema = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!schema.id().equals(formId)) {
                throw new FormSchemaException("Form file " + resource + " declares id '" + schema.id() + "'");
            }
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath:" + resource, e);
        }
    }

    public FormSchema parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormSchemaException("Form is not valid JSON: " + e.getOriginalMessage(), e);
        }
        String id = root.path("id").asText("");
        if (id.isBlank()) {
            throw new FormSchemaException("Form has no id");
        }
        JsonNode components = root.path("components");
        if (!components.isArray()) {
            throw new FormSchemaException("Form '" + id + "' has no components array");
        }
        ComponentParser parser = new ComponentParser(id, keys(id, components));
        List<FormComponent> parsed = new ArrayList<>();
        components.forEach(node -> parsed.add(parser.parse(node)));
        return new FormSchema(id, parsed);
    }

    private static Set<String> keys(String formId, JsonNode components) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode node : components) {
            String key = node.path("key").asText("");
            if (!key.isBlank() && !keys.add(key)) {
                throw new FormSchemaException("Form '" + formId + "': key '" + key + "' is used by two fields");
            }
        }
        return Set.copyOf(keys);
    }
}
