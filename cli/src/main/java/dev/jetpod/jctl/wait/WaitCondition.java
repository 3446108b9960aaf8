package dev.jetpod.jctl.wait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.jsonpath.JsonPathException;
import dev.jetpod.jctl.jsonpath.JsonPathTemplate;
import java.util.List;
import java.util.Locale;

/**
 * What {@code wait --for} waits for: {@code delete}, {@code create}, {@code condition=Ready[=true|false]} (a
 * status.conditions entry, matched case-insensitively, reported for the object's current generation), or
 * {@code jsonpath={.status.phase}[=Running]} (a value, or just that the path exists).
 */
public sealed interface WaitCondition {
    record Delete() implements WaitCondition {
    }

    record Create() implements WaitCondition {
    }

    record ConditionStatus(String type, String status) implements WaitCondition {
    }

    record JsonPathValue(JsonPathTemplate path, String value) implements WaitCondition {
    }

    static WaitCondition parse(String spec) {
        String s = spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("delete")) {
            return new Delete();
        }
        if (lower.equals("create")) {
            return new Create();
        }
        if (lower.startsWith("condition=")) {
            String rest = s.substring("condition=".length());
            int eq = rest.indexOf('=');
            String type = eq < 0 ? rest : rest.substring(0, eq);
            String status = eq < 0 ? "True" : rest.substring(eq + 1);
            if (type.isEmpty()) {
                throw new CliException("--for=condition needs a condition type, e.g. --for=condition=Ready");
            }
            return new ConditionStatus(type, status);
        }
        if (lower.startsWith("jsonpath=")) {
            String rest = s.substring("jsonpath=".length());
            if (rest.startsWith("'") && rest.endsWith("'") && rest.length() > 1) {
                rest = rest.substring(1, rest.length() - 1);
            }
            int close = rest.startsWith("{") ? rest.indexOf('}') : -1;
            String expr;
            String value = null;
            if (close > 0) {
                expr = rest.substring(0, close + 1);
                String tail = rest.substring(close + 1);
                if (!tail.isEmpty()) {
                    if (!tail.startsWith("=")) {
                        throw new CliException("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'");
                    }
                    value = tail.substring(1);
                }
            } else {
                int eq = rest.indexOf('=');
                expr = "{" + (eq < 0 ? rest : rest.substring(0, eq)) + "}";
                value = eq < 0 ? null : rest.substring(eq + 1);
            }
            try {
                return new JsonPathValue(JsonPathTemplate.parse(expr), value);
            } catch (JsonPathException e) {
                throw new CliException(e.getMessage(), e);
            }
        }
        throw new CliException("unrecognized condition: \"" + spec + "\" (use delete, create, condition=TYPE[=STATUS] or jsonpath={PATH}[=VALUE])");
    }

    /** Evaluates a condition other than delete/create on an existing object. */
    static Check evaluate(WaitCondition c, ObjectNode obj) {
        if (c instanceof ConditionStatus cs) {
            return condition(cs, obj);
        }
        if (c instanceof JsonPathValue jp) {
            List<JsonNode> values = jp.path().select(obj);
            String shown = values.isEmpty() ? "<none>" : values.stream().map(v -> v.isTextual() ? v.asText() : v.toString())
                    .reduce((a, b) -> a + " " + b).orElse("");
            String progress = jp.path().source() + " is " + shown;
            if (jp.value() == null) {
                return new Check(!values.isEmpty(), progress);
            }
            boolean met = values.size() == 1 && (values.get(0).isTextual() ? values.get(0).asText() : values.get(0).toString()).equals(jp.value());
            return new Check(met, progress);
        }
        return Check.met("exists");
    }

    private static Check condition(ConditionStatus cs, ObjectNode obj) {
        long generation = obj.path("metadata").path("generation").asLong(0);
        for (JsonNode c : obj.path("status").path("conditions")) {
            if (!c.path("type").asText().equalsIgnoreCase(cs.type())) {
                continue;
            }
            String status = c.path("status").asText("");
            String reason = c.path("reason").asText("");
            String progress = "condition " + c.path("type").asText() + "=" + status + (reason.isEmpty() ? "" : " (" + reason + ")");
            if (c.has("observedGeneration") && generation > 0 && c.path("observedGeneration").asLong() != generation) {
                return Check.notYet(progress + ", reported for an older generation");
            }
            return new Check(status.equalsIgnoreCase(cs.status()), progress);
        }
        return Check.notYet("condition " + cs.type() + " not reported yet");
    }
}
