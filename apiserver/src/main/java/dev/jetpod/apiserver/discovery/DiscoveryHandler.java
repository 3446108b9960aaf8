package dev.jetpod.apiserver.discovery;

import dev.jetpod.api.discovery.APIGroup;
import dev.jetpod.api.discovery.APIGroupList;
import dev.jetpod.api.discovery.APIResource;
import dev.jetpod.api.discovery.APIResourceList;
import dev.jetpod.api.discovery.APIVersions;
import dev.jetpod.api.discovery.GroupVersionForDiscovery;
import dev.jetpod.api.discovery.ServerAddressByClientCIDR;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.apiserver.http.ContentNegotiator;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.ResponseFormat;
import dev.jetpod.apiserver.http.ResponseWriter;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Discovery as kube-apiserver serves it in the unaggregated form: /api (APIVersions), /api/v1 and
 * /apis/GROUP/VERSION (APIResourceList, subresources as their own entries), /apis (APIGroupList), /apis/GROUP
 * (APIGroup), and /version. Only subresources this server actually serves are listed.
 */
public final class DiscoveryHandler {
    private static final List<ResponseFormat> OFFERED = List.of(ResponseFormat.JSON, ResponseFormat.YAML);

    private final Scheme scheme;
    private final ResponseWriter writer;
    private final Map<String, SubresourceShape> served;

    /** How a served subresource appears in discovery. {@code group/version/kind} empty: the parent's. */
    public record SubresourceShape(String group, String version, String kind, List<String> verbs) {
    }

    public DiscoveryHandler(Scheme scheme, ResponseWriter writer, Map<String, SubresourceShape> servedSubresources) {
        this.scheme = scheme;
        this.writer = writer;
        this.served = Map.copyOf(servedSubresources);
    }

    public void version(RoutingContext ctx) {
        reply(ctx, VersionInfo.current());
    }

    public void coreVersions(RoutingContext ctx) {
        reply(ctx, new APIVersions("APIVersions", null, List.of("v1"), List.of(address(ctx))));
    }

    public void coreResources(RoutingContext ctx) {
        String version = ctx.pathParam("version");
        List<ResourceType<?>> types = typesOf("", version);
        if (types.isEmpty()) {
            throw notFound();
        }
        reply(ctx, resourceList("", version, types));
    }

    public void groups(RoutingContext ctx) {
        List<APIGroup> groups = new ArrayList<>();
        for (Map.Entry<String, Set<String>> g : groupVersions().entrySet()) {
            groups.add(group(g.getKey(), g.getValue(), false));
        }
        reply(ctx, new APIGroupList("APIGroupList", "v1", groups));
    }

    public void group(RoutingContext ctx) {
        String name = ctx.pathParam("group");
        Set<String> versions = groupVersions().get(name);
        if (versions == null) {
            throw notFound();
        }
        reply(ctx, group(name, versions, true));
    }

    public void groupResources(RoutingContext ctx) {
        String group = ctx.pathParam("group");
        String version = ctx.pathParam("version");
        List<ResourceType<?>> types = typesOf(group, version);
        if (group.isEmpty() || types.isEmpty()) {
            throw notFound();
        }
        reply(ctx, resourceList(group, version, types));
    }

    private APIGroup group(String name, Set<String> versions, boolean typed) {
        List<GroupVersionForDiscovery> vs = versions.stream().map(v -> new GroupVersionForDiscovery(name + "/" + v, v)).toList();
        return new APIGroup(typed ? "APIGroup" : null, typed ? "v1" : null, name, vs, vs.get(0), null);
    }

    private Map<String, Set<String>> groupVersions() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (ResourceType<?> t : scheme.all()) {
            if (!t.group().isEmpty()) {
                out.computeIfAbsent(t.group(), g -> new LinkedHashSet<>()).add(t.version());
            }
        }
        return out;
    }

    private List<ResourceType<?>> typesOf(String group, String version) {
        return scheme.all().stream().filter(t -> t.group().equals(group) && t.version().equals(version)).toList();
    }

    private APIResourceList resourceList(String group, String version, List<ResourceType<?>> types) {
        List<APIResource> resources = new ArrayList<>();
        for (ResourceType<?> t : types) {
            resources.add(new APIResource(t.plural(), t.singular(), t.namespaced(), null, null, t.kind(), t.verbs(),
                    t.shortNames(), t.categories(), null));
            for (String sub : t.subresources().stream().sorted().toList()) {
                SubresourceShape s = served.get(sub);
                if (s != null && (!sub.equals("scale") || t.hasSubresource("scale"))) {
                    resources.add(new APIResource(t.plural() + "/" + sub, "", t.namespaced(), s.group().isEmpty() ? null : s.group(),
                            s.version().isEmpty() ? null : s.version(), s.kind().isEmpty() ? t.kind() : s.kind(), s.verbs(), null, null, null));
                }
            }
        }
        String gv = group.isEmpty() ? version : group + "/" + version;
        return new APIResourceList("APIResourceList", "v1", gv, resources);
    }

    private static ServerAddressByClientCIDR address(RoutingContext ctx) {
        String host = ctx.request().localAddress() == null ? "127.0.0.1" : ctx.request().localAddress().host();
        int port = ctx.request().localAddress() == null ? 0 : ctx.request().localAddress().port();
        return new ServerAddressByClientCIDR("0.0.0.0/0", host + ":" + port);
    }

    private void reply(RoutingContext ctx, Object body) {
        ResponseFormat f = ContentNegotiator.negotiate(ctx.request().getHeader("Accept"), OFFERED);
        writer.write(ctx.response(), Reply.ok(body), f);
    }

    private static ApiException notFound() {
        return new ApiException(StatusReason.NOT_FOUND, "the server could not find the requested resource");
    }
}
