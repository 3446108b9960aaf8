package dev.jetpod.api.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An accumulating list of {@link FieldError}s with the helpers validators use, so each rule reads as one line:
 * {@code errs.required(path.child("image"))}. Field paths are {@link FieldPath}s.
 */
public final class Errors {
    private final List<FieldError> list = new ArrayList<>();

    public Errors required(FieldPath p) {
        return add(FieldError.required(p.path(), null));
    }

    public Errors required(FieldPath p, String detail) {
        return add(FieldError.required(p.path(), detail));
    }

    public Errors invalid(FieldPath p, Object value, String detail) {
        return add(FieldError.invalid(p.path(), value, detail));
    }

    /** One Invalid error per message, as Kubernetes reports each failed syntax rule. */
    public Errors invalidEach(FieldPath p, Object value, Collection<String> messages) {
        for (String m : messages) {
            invalid(p, value, m);
        }
        return this;
    }

    public Errors duplicate(FieldPath p, Object value) {
        return add(FieldError.duplicate(p.path(), value));
    }

    public Errors notSupported(FieldPath p, Object value, Collection<String> supported) {
        return add(FieldError.notSupported(p.path(), value, supported));
    }

    public Errors forbidden(FieldPath p, String detail) {
        return add(FieldError.forbidden(p.path(), detail));
    }

    public Errors notFound(FieldPath p, Object value) {
        return add(new FieldError(FieldError.Type.NOT_FOUND, p.path(), value, null));
    }

    public Errors tooLong(FieldPath p, int max) {
        return add(new FieldError(FieldError.Type.TOO_LONG, p.path(), null, "may not be more than " + max + " bytes"));
    }

    public Errors immutable(FieldPath p, Object value) {
        return invalid(p, value, "field is immutable");
    }

    /** ValidateNonnegativeField. */
    public Errors nonNegative(FieldPath p, Number value) {
        if (value != null && value.longValue() < 0) {
            invalid(p, value, "must be greater than or equal to 0");
        }
        return this;
    }

    public Errors positive(FieldPath p, Number value) {
        if (value != null && value.longValue() <= 0) {
            invalid(p, value, "must be greater than 0");
        }
        return this;
    }

    public Errors add(FieldError e) {
        list.add(e);
        return this;
    }

    public Errors addAll(Collection<FieldError> es) {
        list.addAll(es);
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldError> toList() {
        return List.copyOf(list);
    }
}
