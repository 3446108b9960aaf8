package dev.jetpod.jctl.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A parsed kubectl JSONPath template ({@code -o jsonpath=…}, {@code wait --for=jsonpath=…}), executed against a JSON
 * tree. Several results of one expression print separated by spaces; strings print bare, objects and arrays as
 * compact JSON. With missing keys allowed (kubectl get's default) a path that leads nowhere prints nothing.
 */
public final class JsonPathTemplate {
    private final String source;
    private final List<TemplateNode> nodes;

    private JsonPathTemplate(String source, List<TemplateNode> nodes) {
        this.source = source;
        this.nodes = nodes;
    }

    public static JsonPathTemplate parse(String template) {
        return new JsonPathTemplate(template, new TemplateParser(template).parse());
    }

    public String source() {
        return source;
    }

    /** The template's output for {@code data}. */
    public String execute(JsonNode data, boolean allowMissingKeys) {
        StringBuilder out = new StringBuilder();
        run(nodes, data, data, allowMissingKeys, out);
        return out.toString();
    }

    /**
     * The values a template made of a single expression selects ({@code {.status.phase}}), for {@code wait
     * --for=jsonpath}: empty when the path leads nowhere.
     */
    public List<JsonNode> select(JsonNode data) {
        List<JsonNode> out = new ArrayList<>();
        for (TemplateNode n : nodes) {
            if (n instanceof TemplateNode.Expression e) {
                out.addAll(eval(e.steps(), data, data, true));
            }
        }
        return out;
    }

    private void run(List<TemplateNode> list, JsonNode root, JsonNode current, boolean allowMissing, StringBuilder out) {
        for (TemplateNode n : list) {
            if (n instanceof TemplateNode.Text t) {
                out.append(t.text());
            } else if (n instanceof TemplateNode.Literal l) {
                out.append(l.text());
            } else if (n instanceof TemplateNode.Expression e) {
                List<JsonNode> values = eval(e.steps(), root, current, allowMissing);
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        out.append(' ');
                    }
                    out.append(text(values.get(i)));
                }
            } else if (n instanceof TemplateNode.Range r) {
                for (JsonNode v : eval(r.steps(), root, current, allowMissing)) {
                    Step last = r.steps().isEmpty() ? null : r.steps().get(r.steps().size() - 1);
                    if (v.isArray() && (last instanceof Step.Field || last instanceof Step.Recursive)) {
                        for (JsonNode el : v) {
                            run(r.body(), root, el, allowMissing, out);
                        }
                    } else {
                        run(r.body(), root, v, allowMissing, out);
                    }
                }
            }
        }
    }

    static String text(JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        return v.toString();
    }

    private static List<JsonNode> eval(List<Step> steps, JsonNode root, JsonNode current, boolean allowMissing) {
        List<JsonNode> values = List.of(current);
        for (Step s : steps) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode v : values) {
                apply(s, v, root, allowMissing, next);
            }
            values = next;
        }
        return values;
    }

    private static void apply(Step s, JsonNode v, JsonNode root, boolean allowMissing, List<JsonNode> out) {
        if (s instanceof Step.Root) {
            out.add(root);
        } else if (s instanceof Step.Current) {
            out.add(v);
        } else if (s instanceof Step.Field f) {
            for (String name : f.names()) {
                JsonNode c = v.isObject() ? v.get(name) : null;
                if (c != null) {
                    out.add(c);
                } else if (!allowMissing) {
                    throw new JsonPathException(name + " is not found");
                }
            }
        } else if (s instanceof Step.Wildcard) {
            if (v.isArray() || v.isObject()) {
                v.forEach(out::add);
            }
        } else if (s instanceof Step.Recursive r) {
            recurse(v, r.name(), out);
        } else if (s instanceof Step.Index i) {
            index(i, v, allowMissing, out);
        } else if (s instanceof Step.Filter f) {
            Iterable<JsonNode> candidates = v.isArray() ? v : List.of(v);
            for (JsonNode el : candidates) {
                if (matches(f, el, root)) {
                    out.add(el);
                }
            }
        }
    }

    private static void recurse(JsonNode v, String name, List<JsonNode> out) {
        if (v.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals(name)) {
                    out.add(e.getValue());
                }
                recurse(e.getValue(), name, out);
            }
        } else if (v.isArray()) {
            v.forEach(el -> recurse(el, name, out));
        }
    }

    private static void index(Step.Index i, JsonNode v, boolean allowMissing, List<JsonNode> out) {
        if (!v.isArray()) {
            return;
        }
        int n = v.size();
        if (!i.slice()) {
            int idx = i.start() < 0 ? n + i.start() : i.start();
            if (idx >= 0 && idx < n) {
                out.add(v.get(idx));
            } else if (!allowMissing) {
                throw new JsonPathException("array index out of bounds: index " + i.start() + ", length " + n);
            }
            return;
        }
        int stride = i.stride() == null ? 1 : i.stride();
        if (stride <= 0) {
            throw new JsonPathException("step must be positive in a slice");
        }
        int start = i.start() == null ? 0 : i.start() < 0 ? Math.max(0, n + i.start()) : Math.min(n, i.start());
        int end = i.end() == null ? n : i.end() < 0 ? Math.max(0, n + i.end()) : Math.min(n, i.end());
        for (int k = start; k < end; k += stride) {
            out.add(v.get(k));
        }
    }

    private static boolean matches(Step.Filter f, JsonNode el, JsonNode root) {
        List<JsonNode> left = operand(f.left(), el, root);
        if (f.op() == null) {
            return !left.isEmpty() && left.stream().noneMatch(JsonNode::isNull);
        }
        List<JsonNode> right = operand(f.right(), el, root);
        if (left.isEmpty() || right.isEmpty()) {
            return "!=".equals(f.op()) && left.isEmpty() != right.isEmpty();
        }
        return compare(left.get(0), f.op(), right.get(0));
    }

    private static List<JsonNode> operand(Step.Operand o, JsonNode el, JsonNode root) {
        if (o instanceof Step.LiteralOperand l) {
            return List.of(l.value());
        }
        return eval(((Step.PathOperand) o).steps(), root, el, true);
    }

    static boolean compare(JsonNode a, String op, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            int c = a.decimalValue().compareTo(b.decimalValue());
            return switch (op) {
                case "==" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
        if (a.isValueNode() && b.isValueNode() && a.getNodeType() == b.getNodeType()) {
            int c = a.asText().compareTo(b.asText());
            return switch (op) {
                case "==" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
        boolean equal = a.equals(b);
        return switch (op) {
            case "==" -> equal;
            case "!=" -> !equal;
            default -> false;
        };
    }
}
