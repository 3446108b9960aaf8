package dev.jetpod.apiserver.table;

import dev.jetpod.api.errors.ApiException;

/**
 * What a table row carries besides its cells ({@code ?includeObject=}): nothing, the object's metadata as a
 * PartialObjectMetadata (the default, which is what kubectl's NAMESPACE column and {@code --show-labels} read), or
 * the whole object.
 */
public enum IncludeObject {
    NONE("None"), METADATA("Metadata"), OBJECT("Object");

    private final String wireName;

    IncludeObject(String wireName) {
        this.wireName = wireName;
    }

    public static IncludeObject parse(String value) {
        if (value == null || value.isEmpty()) {
            return METADATA;
        }
        for (IncludeObject i : values()) {
            if (i.wireName.equals(value)) {
                return i;
            }
        }
        throw ApiException.badRequest("unrecognized includeObject value: \"" + value + "\"; must be one of None, Metadata, Object");
    }
}
