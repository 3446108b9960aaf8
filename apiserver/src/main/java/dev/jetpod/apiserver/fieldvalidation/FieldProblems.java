package dev.jetpod.apiserver.fieldvalidation;

import java.util.ArrayList;
import java.util.List;

/** The unknown and duplicate fields found in one request, each already worded as Kubernetes words it. */
public record FieldProblems(List<String> messages) {

    public FieldProblems {
        messages = List.copyOf(messages);
    }

    public static FieldProblems of(List<String> unknown, List<String> duplicate) {
        List<String> m = new ArrayList<>();
        duplicate.forEach(p -> m.add("duplicate field \"" + p + "\""));
        unknown.forEach(p -> m.add("unknown field \"" + p + "\""));
        return new FieldProblems(m);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
