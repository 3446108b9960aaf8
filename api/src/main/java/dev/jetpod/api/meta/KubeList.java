package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A list of one kind, e.g. PodList: {@code {"apiVersion":"v1","kind":"PodList","metadata":{…},"items":[…]}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KubeList<T extends KubeObject<T>>(String apiVersion, String kind, ListMeta metadata, List<T> items) {
}
