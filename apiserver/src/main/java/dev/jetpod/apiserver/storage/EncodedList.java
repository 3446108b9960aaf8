package dev.jetpod.apiserver.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ListMeta;
import dev.jetpod.api.scheme.ResourceType;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A list page whose items carry their cached JSON, so a list response is written without encoding the objects again. */
public record EncodedList<T extends KubeObject<T>>(ListMeta metadata, List<EncodedObject<T>> items) {

    public KubeList<T> toKubeList(ResourceType<T> type) {
        List<T> objects = new ArrayList<>(items.size());
        for (EncodedObject<T> item : items) {
            objects.add(item.object());
        }
        return new KubeList<>(type.apiVersion(), type.listKind(), metadata, objects);
    }

    /** {@code {"apiVersion":…,"kind":"<Kind>List","metadata":{…},"items":[…]}} from the items' cached bytes. */
    public Buffer toJson(ResourceType<T> type, ObjectMapper json) {
        int size = 128;
        for (EncodedObject<T> item : items) {
            size += item.json().length + 1;
        }
        Buffer out = Buffer.buffer(size);
        try {
            out.appendString("{\"apiVersion\":").appendBytes(json.writeValueAsBytes(type.apiVersion()))
                    .appendString(",\"kind\":").appendBytes(json.writeValueAsBytes(type.listKind()))
                    .appendString(",\"metadata\":").appendBytes(json.writeValueAsBytes(metadata))
                    .appendString(",\"items\":[");
        } catch (JsonProcessingException e) {
            throw ApiException.internal("could not encode the list metadata of " + type.qualifiedName() + ": " + e.getOriginalMessage());
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.appendByte((byte) ',');
            }
            out.appendBytes(items.get(i).json());
        }
        return out.appendString("]}", StandardCharsets.UTF_8.name());
    }
}
