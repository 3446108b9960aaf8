package dev.jetpod.apiserver.fieldvalidation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys that appear twice in one object of a request body (JSON or YAML), with their paths
 * ({@code metadata.name}, {@code spec.containers[0].image}). A tree parse would silently keep the last value; this
 * streams the tokens so every duplicate is found. A body that does not parse yields nothing here: the reader that
 * parses it for real reports the syntax error.
 */
public final class DuplicateFields {
    private DuplicateFields() {
    }

    public static List<String> of(byte[] body, JsonFactory factory) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = factory.createParser(body)) {
            Deque<Frame> stack = new ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT -> stack.push(new Frame(childPath(stack), true));
                    case START_ARRAY -> stack.push(new Frame(childPath(stack), false));
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        if (!stack.isEmpty()) {
                            stack.peek().valueDone();
                        }
                    }
                    case FIELD_NAME -> {
                        Frame f = stack.peek();
                        f.name = p.currentName();
                        if (!f.seen.add(f.name)) {
                            out.add(f.path.isEmpty() ? f.name : f.path + "." + f.name);
                        }
                    }
                    default -> {
                        if (!stack.isEmpty()) {
                            stack.peek().valueDone();
                        }
                    }
                }
            }
        } catch (IOException e) {
            // not parseable: the body reader reports that, with position
        }
        return out;
    }

    private static String childPath(Deque<Frame> stack) {
        if (stack.isEmpty()) {
            return "";
        }
        Frame parent = stack.peek();
        if (parent.object) {
            return parent.path.isEmpty() ? parent.name : parent.path + "." + parent.name;
        }
        return parent.path + "[" + parent.index + "]";
    }

    /** One open object or array: its path, the keys seen so far, the current key or element index. */
    private static final class Frame {
        final String path;
        final boolean object;
        final Set<String> seen = new HashSet<>();
        String name;
        int index;

        Frame(String path, boolean object) {
            this.path = path;
            this.object = object;
        }

        void valueDone() {
            if (!object) {
                index++;
            }
        }
    }
}
