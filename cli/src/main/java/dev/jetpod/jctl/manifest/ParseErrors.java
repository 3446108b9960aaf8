package dev.jetpod.jctl.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One-line descriptions of YAML and JSON syntax errors with their position: "yaml: line 5, column 12: mapping values
 * are not allowed here". SnakeYAML's own message spans several lines and quotes the text with a caret; this keeps
 * the problem, where it is, and what was being parsed.
 */
public final class ParseErrors {
    private ParseErrors() {
    }

    public static String describe(JsonProcessingException e, boolean json) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                Mark at = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
                String where = at == null ? "" : "line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1) + ": ";
                String problem = m.getProblem() == null ? "" : m.getProblem();
                String context = m.getContext() == null ? "" : " (" + m.getContext() + ")";
                return "yaml: " + where + problem + context;
            }
        }
        String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int nl = msg.indexOf('\n');
        if (nl > 0) {
            msg = msg.substring(0, nl);
        }
        JsonLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 0 ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
        return (json ? "json: " : "yaml: ") + where + msg.strip();
    }
}
