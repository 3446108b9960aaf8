package dev.jetpod.api.codec;

import java.util.List;

/**
 * A decoded object and the fields of the input that no Java field took ({@code spec.containers[0].imagee}): Kubernetes
 * drops them silently, warns about them (fieldValidation=Warn) or rejects them (Strict); the caller decides.
 */
public record Decoded<T>(T object, List<String> unknownFields) {
    public Decoded {
        unknownFields = List.copyOf(unknownFields);
    }
}
