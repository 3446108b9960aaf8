package dev.jetpod.jctl.jsonpath;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Parses kubectl's JSONPath template syntax: text with expressions in braces ({@code {.metadata.name}}), quoted
 * literals ({@code {"\n"}}), {@code {range EXPR}…{end}} blocks, and inside expressions {@code $}, {@code @},
 * {@code .field} (with {@code \.} for a dot inside a key), {@code ..field}, {@code .*}, {@code [*]}, {@code [i]},
 * {@code [start:end:step]}, {@code ['a','b']} and filters {@code [?(@.x == "y")]} with == != < <= > >=.
 * As a convenience {@code \n} and {@code \t} in plain text are a newline and a tab too.
 */
final class TemplateParser {
    private final String template;

    TemplateParser(String template) {
        this.template = template;
    }

    List<TemplateNode> parse() {
        Deque<List<TemplateNode>> stack = new ArrayDeque<>();
        Deque<List<Step>> ranges = new ArrayDeque<>();
        List<TemplateNode> current = new ArrayList<>();
        int pos = 0;
        while (pos < template.length()) {
            int open = template.indexOf('{', pos);
            if (open < 0) {
                current.add(new TemplateNode.Text(unescape(template.substring(pos))));
                break;
            }
            if (open > pos) {
                current.add(new TemplateNode.Text(unescape(template.substring(pos, open))));
            }
            int close = closingBrace(open);
            String content = template.substring(open + 1, close).strip();
            pos = close + 1;
            if (content.startsWith("range ") || content.equals("range")) {
                String expr = content.substring("range".length()).strip();
                if (expr.isEmpty()) {
                    throw error("range needs an expression");
                }
                stack.push(current);
                ranges.push(new PathParser(expr, template).parse());
                current = new ArrayList<>();
            } else if (content.equals("end")) {
                if (ranges.isEmpty()) {
                    throw error("not in range, nothing to end");
                }
                TemplateNode.Range r = new TemplateNode.Range(ranges.pop(), List.copyOf(current));
                current = stack.pop();
                current.add(r);
            } else if (isQuoted(content)) {
                current.add(new TemplateNode.Literal(unquote(content)));
            } else if (content.isEmpty()) {
                throw error("empty expression {}");
            } else {
                current.add(new TemplateNode.Expression(new PathParser(content, template).parse()));
            }
        }
        if (!ranges.isEmpty()) {
            throw error("unclosed range: {end} missing");
        }
        return List.copyOf(current);
    }

    private int closingBrace(int open) {
        char quote = 0;
        for (int i = open + 1; i < template.length(); i++) {
            char c = template.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        throw error("unclosed action: missing '}'");
    }

    private JsonPathException error(String why) {
        return new JsonPathException("error parsing jsonpath " + template + ", " + why);
    }

    static boolean isQuoted(String s) {
        return s.length() >= 2 && (s.charAt(0) == '"' && s.endsWith("\"") || s.charAt(0) == '\'' && s.endsWith("'"));
    }

    /** The text of a quoted literal with \n, \t, \r, \\ and quote escapes resolved. */
    static String unquote(String s) {
        return unescape(s.substring(1, s.length() - 1));
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case '\\', '"', '\'' -> b.append(n);
                    default -> b.append('\\').append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Parses one path expression ({@code .items[*].metadata.name}). */
    static final class PathParser {
        private final String s;
        private final String template;
        private int pos;

        PathParser(String s, String template) {
            this.s = s;
            this.template = template;
        }

        List<Step> parse() {
            List<Step> steps = new ArrayList<>();
            if (s.startsWith("$")) {
                steps.add(new Step.Root());
                pos = 1;
            } else if (s.startsWith("@")) {
                steps.add(new Step.Current());
                pos = 1;
            }
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (s.startsWith("..", pos)) {
                    pos += 2;
                    String name = name();
                    if (name.isEmpty()) {
                        throw error("recursive descent needs a field name");
                    }
                    steps.add(new Step.Recursive(name));
                } else if (c == '.') {
                    pos++;
                    if (pos < s.length() && s.charAt(pos) == '*') {
                        pos++;
                        steps.add(new Step.Wildcard());
                    } else if (pos < s.length() && s.charAt(pos) == '[') {
                        continue;
                    } else {
                        String name = name();
                        if (!name.isEmpty()) {
                            steps.add(new Step.Field(List.of(name)));
                        }
                    }
                } else if (c == '[') {
                    steps.add(bracket());
                } else if (Character.isWhitespace(c)) {
                    throw error("unexpected space in " + s);
                } else if (steps.isEmpty() || pos == 0) {
                    steps.add(new Step.Field(List.of(name())));
                } else {
                    throw error("unrecognized character '" + c + "' in " + s);
                }
            }
            return List.copyOf(steps);
        }

        private String name() {
            StringBuilder b = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\\' && pos + 1 < s.length()) {
                    b.append(s.charAt(pos + 1));
                    pos += 2;
                    continue;
                }
                if (c == '.' || c == '[') {
                    break;
                }
                b.append(c);
                pos++;
            }
            return b.toString();
        }

        private Step bracket() {
            int close = closing(pos);
            String inner = s.substring(pos + 1, close).strip();
            pos = close + 1;
            if (inner.equals("*")) {
                return new Step.Wildcard();
            }
            if (inner.startsWith("?(") && inner.endsWith(")")) {
                return filter(inner.substring(2, inner.length() - 1).strip());
            }
            if (inner.startsWith("'") || inner.startsWith("\"")) {
                List<String> names = new ArrayList<>();
                for (String part : splitOutsideQuotes(inner, ',')) {
                    String p = part.strip();
                    if (!isQuoted(p)) {
                        throw error("invalid key " + p + " in [" + inner + "]");
                    }
                    names.add(unquote(p));
                }
                return new Step.Field(List.copyOf(names));
            }
            return index(inner);
        }

        private Step index(String inner) {
            if (inner.isEmpty()) {
                throw error("empty index []");
            }
            String[] parts = inner.split(":", -1);
            if (parts.length > 3) {
                throw error("invalid slice [" + inner + "]");
            }
            try {
                if (parts.length == 1) {
                    return new Step.Index(Integer.parseInt(parts[0].strip()), null, null, false);
                }
                return new Step.Index(intOrNull(parts[0]), intOrNull(parts[1]), parts.length == 3 ? intOrNull(parts[2]) : null, true);
            } catch (NumberFormatException e) {
                throw error("invalid array index [" + inner + "]");
            }
        }

        private static Integer intOrNull(String p) {
            String t = p.strip();
            return t.isEmpty() ? null : Integer.parseInt(t);
        }

        private Step filter(String expr) {
            String[] ops = {"==", "!=", "<=", ">=", "<", ">"};
            char quote = 0;
            for (int i = 0; i < expr.length(); i++) {
                char c = expr.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                    continue;
                }
                if (c == '"' || c == '\'') {
                    quote = c;
                    continue;
                }
                for (String op : ops) {
                    if (expr.startsWith(op, i)) {
                        return new Step.Filter(operand(expr.substring(0, i)), op, operand(expr.substring(i + op.length())));
                    }
                }
            }
            return new Step.Filter(operand(expr), null, null);
        }

        private Step.Operand operand(String text) {
            String t = text.strip();
            if (t.isEmpty()) {
                throw error("missing operand in filter");
            }
            if (t.startsWith("@") || t.startsWith("$")) {
                return new Step.PathOperand(new PathParser(t, template).parse());
            }
            if (isQuoted(t)) {
                return new Step.LiteralOperand(JsonNodeFactory.instance.textNode(unquote(t)));
            }
            if (t.equals("true") || t.equals("false")) {
                return new Step.LiteralOperand(JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(t)));
            }
            try {
                return new Step.LiteralOperand(JsonNodeFactory.instance.numberNode(new BigDecimal(t)));
            } catch (NumberFormatException e) {
                throw error("unrecognized operand " + t + " in filter");
            }
        }

        private int closing(int open) {
            int depth = 0;
            char quote = 0;
            for (int i = open; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return i;
                }
            }
            throw error("unterminated array");
        }

        private static List<String> splitOutsideQuotes(String s, char sep) {
            List<String> out = new ArrayList<>();
            char quote = 0;
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == sep) {
                    out.add(s.substring(start, i));
                    start = i + 1;
                }
            }
            out.add(s.substring(start));
            return out;
        }

        private JsonPathException error(String why) {
            return new JsonPathException("error parsing jsonpath " + template + ", " + why);
        }
    }
}
