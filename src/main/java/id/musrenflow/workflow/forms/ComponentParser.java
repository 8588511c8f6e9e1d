package id.musrenflow.workflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns one form-js component into a {@link FormComponent}, refusing what the renderer would not honour. */
final class ComponentParser {

    /** form-js properties that change behaviour; accepting them silently would render a different form. */
    private static final Set<String> UNSUPPORTED = Set.of("valuesExpression", "readonly", "disabled");

    private final String formId;
    private final Set<String> fieldKeys;

    ComponentParser(String formId, Set<String> fieldKeys) {
        this.formId = formId;
        this.fieldKeys = fieldKeys;
    }

    FormComponent parse(JsonNode node) {
        String id = node.path("id").asText("?");
        String key = text(node, "key");
        String where = key == null ? "component '" + id + "'" : "field '" + key + "' (" + id + ")";
        String typeName = node.path("type").asText("");
        ComponentType type = ComponentType.ofJson(typeName).orElseThrow(() -> fail(where, "type '" + typeName
                + "' is not supported (supported: " + Arrays.stream(ComponentType.values())
                        .map(ComponentType::json).toList() + ")"));
        for (String property : UNSUPPORTED) {
            JsonNode value = node.get(property);
            boolean plainFalse = value != null && value.isBoolean() && !value.booleanValue();
            if (value != null && !plainFalse) {
                throw fail(where, "property '" + property + "' is not supported");
            }
        }
        if (type != ComponentType.TEXT && key == null) {
            throw fail(where, "an input field needs a key");
        }
        DateSubtype subtype = type != ComponentType.DATETIME ? null
                : DateSubtype.ofJson(node.path("subtype").asText("")).orElseThrow(() -> fail(where,
                        "datetime needs subtype date, datetime or time"));
        List<Option> options = options(node, type, where);
        return new FormComponent(id, type, key, text(node, "label"), text(node, "description"),
                defaultValue(node.get("defaultValue")), subtype, type == ComponentType.TEXT ? node.path("text")
                        .asText("") : null, options, text(node, "valuesKey"), rules(node.path("validate"), node.path("properties"), type, where),
                hide(node.path("conditional").path("hide"), where), text(node.path("appearance"), "prefixAdorner"));
    }

    private List<Option> options(JsonNode node, ComponentType type, String where) {
        List<Option> options = new ArrayList<>();
        node.path("values").forEach(v -> options.add(new Option(v.path("value").asText(), text(v, "label"))));
        if (type.hasOptions() && options.isEmpty() && text(node, "valuesKey") == null) {
            throw fail(where, "a " + type.json() + " needs static values or a valuesKey");
        }
        return options;
    }

    private FieldRules rules(JsonNode validate, JsonNode properties, ComponentType type, String where) {
        String when = text(properties, "tanggal");
        String notBefore = text(properties, "tanggalPalingAwal");
        if ((when != null || notBefore != null) && type != ComponentType.DATETIME) {
            throw fail(where, "properties.tanggal and tanggalPalingAwal apply to date fields only");
        }
        DateRule dateRule = when == null ? DateRule.ANY : DateRule.ofJson(when).orElseThrow(() -> fail(where,
                "properties.tanggal must be 'terjadi' or 'rencana', found '" + when + "'"));
        if (validate.isMissingNode() && dateRule == DateRule.ANY && notBefore == null) {
            return FieldRules.NONE;
        }
        if (validate.has("validationType")) {
            throw fail(where, "validate.validationType is not supported");
        }
        Pattern pattern = null;
        String regex = text(validate, "pattern");
        if (regex != null) {
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw fail(where, "validate.pattern is not a valid regular expression: " + e.getDescription());
            }
        }
        return new FieldRules(validate.path("required").asBoolean(false), number(validate, "min", where),
                number(validate, "max", where), length(validate, "minLength", where),
                length(validate, "maxLength", where), pattern, dateRule, notBefore);
    }

    private Condition hide(JsonNode hide, String where) {
        if (hide.isMissingNode() || hide.isNull() || hide.asText().isBlank()) {
            return null;
        }
        Condition condition;
        try {
            condition = FeelConditionParser.parse(hide.asText().strip());
        } catch (IllegalArgumentException e) {
            throw fail(where, "conditional.hide: " + e.getMessage());
        }
        // the server evaluates conditions on submitted form values only, so a condition on anything else
        // (a process variable) would be decided by whatever the browser sends
        condition.keys().stream().filter(k -> !fieldKeys.contains(k)).findFirst().ifPresent(k -> {
            throw fail(where, "conditional.hide refers to '" + k + "', which is not a field of this form");
        });
        return condition;
    }

    private BigDecimal number(JsonNode validate, String name, String where) {
        JsonNode value = validate.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw fail(where, "validate." + name + " must be a number, found " + value);
        }
        return value.decimalValue();
    }

    private Integer length(JsonNode validate, String name, String where) {
        BigDecimal value = number(validate, name, where);
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
            throw fail(where, "validate." + name + " must be a whole number, found " + value);
        }
        return value == null ? null : value.intValue();
    }

    private static Object defaultValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.isBoolean() ? (Object) value.booleanValue() : value.asText();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private FormSchemaException fail(String where, String problem) {
        return FormSchemaException.at(formId, where, problem);
    }
}
