package dev.jetpod.jctl.print;

import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.jsonpath.JsonPathException;
import dev.jetpod.jctl.jsonpath.JsonPathTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code -o} value: the table (default), {@code wide}, {@code yaml}, {@code json}, {@code name},
 * {@code jsonpath=TEMPLATE} and {@code custom-columns=HEADER:PATH,…}.
 */
public record OutputFormat(Kind kind, JsonPathTemplate template, List<CustomColumn> customColumns) {
    public enum Kind { TABLE, WIDE, YAML, JSON, NAME, JSONPATH, CUSTOM_COLUMNS }

    /** One custom column: its header and the template that fills it. */
    public record CustomColumn(String header, JsonPathTemplate template) {
    }

    public static final OutputFormat TABLE = new OutputFormat(Kind.TABLE, null, List.of());

    public static OutputFormat parse(String o) {
        if (o == null || o.isEmpty()) {
            return TABLE;
        }
        switch (o) {
            case "wide":
                return new OutputFormat(Kind.WIDE, null, List.of());
            case "yaml":
                return new OutputFormat(Kind.YAML, null, List.of());
            case "json":
                return new OutputFormat(Kind.JSON, null, List.of());
            case "name":
                return new OutputFormat(Kind.NAME, null, List.of());
            default:
                break;
        }
        if (o.startsWith("jsonpath=") || o.startsWith("jsonpath:")) {
            String t = o.substring("jsonpath=".length());
            if (t.isEmpty()) {
                throw new CliException("template format specified but no template given");
            }
            return new OutputFormat(Kind.JSONPATH, template(t), List.of());
        }
        if (o.startsWith("custom-columns=")) {
            return new OutputFormat(Kind.CUSTOM_COLUMNS, null, customColumns(o.substring("custom-columns=".length())));
        }
        throw new CliException("unable to match a printer suitable for the output format \"" + o
                + "\", allowed formats are: custom-columns,json,jsonpath,name,wide,yaml");
    }

    public static JsonPathTemplate template(String t) {
        try {
            return JsonPathTemplate.parse(t);
        } catch (JsonPathException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private static List<CustomColumn> customColumns(String spec) {
        if (spec.isEmpty()) {
            throw new CliException("custom-columns format specified but no custom columns given");
        }
        List<CustomColumn> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw new CliException("unexpected custom-columns spec: " + part + ", expected <header>:<json-path-expr>");
            }
            String path = part.substring(colon + 1);
            String t = path.startsWith("{") ? path : "{" + (path.startsWith(".") ? path : "." + path) + "}";
            out.add(new CustomColumn(part.substring(0, colon), template(t)));
        }
        return List.copyOf(out);
    }

    public boolean isTable() {
        return kind == Kind.TABLE || kind == Kind.WIDE;
    }
}
