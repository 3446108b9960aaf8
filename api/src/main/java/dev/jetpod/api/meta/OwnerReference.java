package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;

/** metav1.OwnerReference: the garbage collector follows these from dependents to owners. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OwnerReference(String apiVersion, String kind, String name, String uid, Boolean controller, Boolean blockOwnerDeletion) {
    public boolean isController() {
        return Boolean.TRUE.equals(controller);
    }
}
