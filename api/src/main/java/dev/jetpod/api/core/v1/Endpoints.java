package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import java.util.List;

/** core/v1 Endpoints: the addresses behind a Service, kept by the endpoints controller. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Endpoints(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        List<EndpointSubset> subsets) implements KubeObject<Endpoints> {
    public static final String API_VERSION = "v1";
    public static final String KIND = "Endpoints";

    public static Endpoints of(ObjectMeta metadata, List<EndpointSubset> subsets) {
        return new Endpoints(API_VERSION, KIND, metadata, subsets);
    }

    @Override
    public Endpoints withTypeMeta(String apiVersion, String kind) {
        return new Endpoints(apiVersion, kind, metadata, subsets);
    }

    @Override
    public Endpoints withMetadata(ObjectMeta v) {
        return new Endpoints(apiVersion, kind, v, subsets);
    }

    public Endpoints withSubsets(List<EndpointSubset> v) {
        return new Endpoints(apiVersion, kind, metadata, v);
    }
}
