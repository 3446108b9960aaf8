package dev.jetpod.apiserver.fieldvalidation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
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
            Frame top = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT -> top = new Frame(top, true);
                    case START_ARRAY -> top = new Frame(top, false);
                    case END_OBJECT, END_ARRAY -> {
                        top = top.parent;
                        if (top != null) {
                            top.valueDone();
                        }
                    }
                    case FIELD_NAME -> {
                        top.name = p.currentName();
                        if (!top.firstTime(top.name)) {
                            String path = top.path();
                            out.add(path.isEmpty() ? top.name : path + "." + top.name);
                        }
                    }
                    default -> {
                        if (top != null) {
                            top.valueDone();
                        }
                    }
                }
            }
        } catch (IOException e) {
            // not parseable: the body reader reports that, with position
        }
        return out;
    }

    /**
     * One open object or array: its parent, the keys seen so far, the current key or element index. Its path is
     * spelled only when a duplicate is reported (nearly never), not for every object of every body.
     */
    private static final class Frame {
        /** Objects of up to this many keys are checked by a scan of their keys; bigger ones get a hash set. */
        private static final int SCAN_LIMIT = 8;

        final Frame parent;
        /** The parent's key or index that holds this frame, taken when it opened. */
        final String nameInParent;
        final int indexInParent;
        final boolean object;
        private final List<String> keys;
        private Set<String> seen;
        String name;
        int index;

        Frame(Frame parent, boolean object) {
            this.parent = parent;
            this.nameInParent = parent == null ? null : parent.name;
            this.indexInParent = parent == null ? 0 : parent.index;
            this.object = object;
            this.keys = object ? new ArrayList<>(SCAN_LIMIT) : null;
        }

        /** Records a key of this object; false when it was there already. */
        boolean firstTime(String key) {
            if (seen != null) {
                return seen.add(key);
            }
            if (keys.contains(key)) {
                return false;
            }
            keys.add(key);
            if (keys.size() > SCAN_LIMIT) {
                seen = new HashSet<>(keys);
            }
            return true;
        }

        String path() {
            if (parent == null) {
                return "";
            }
            String up = parent.path();
            if (parent.object) {
                return up.isEmpty() ? nameInParent : up + "." + nameInParent;
            }
            return up + "[" + indexInParent + "]";
        }

        void valueDone() {
            if (!object) {
                index++;
            }
        }
    }
}
