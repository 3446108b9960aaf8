package dev.jetpod.apiserver.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.meta.Status;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Scheme;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI v2 (swagger 2.0) document of everything the server serves: definitions generated from the Java types
 * and, for every resource, the paths and verbs with their parameters, operation ids named as Kubernetes names them
 * ({@code listCoreV1NamespacedPod}) and {@code x-kubernetes-action} / {@code x-kubernetes-group-version-kind}.
 */
public final class OpenApiDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> CONSUMES = List.of("application/json", "application/yaml");
    private static final List<String> PATCH_CONSUMES = List.of("application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json");
    private static final List<String> PRODUCES = List.of("application/json", "application/yaml");

    private OpenApiDocument() {
    }

    public static ObjectNode build(Scheme scheme, String version, ScaleModel scale) {
        ObjectNode doc = NODES.objectNode();
        doc.put("swagger", "2.0");
        doc.putObject("info").put("title", "Kubernetes").put("version", version);
        ObjectNode paths = doc.putObject("paths");
        ObjectNode defs = doc.putObject("definitions");
        DefinitionGenerator gen = new DefinitionGenerator(defs);
        String status = gen.define(Status.class);
        String scaleDef = scale == null ? null : gen.define(scale.javaType());
        if (scaleDef != null) {
            gvk((ObjectNode) defs.get(scaleDef), "autoscaling", "v1", "Scale");
        }
        for (ResourceType<?> t : scheme.all()) {
            String def = gen.define(t.javaType());
            gvk((ObjectNode) defs.get(def), t.group(), t.version(), t.kind());
            String listDef = DefinitionNames.listOf(t.javaType());
            ObjectNode list = defs.putObject(listDef);
            list.put("description", t.listKind() + " is a list of " + t.kind());
            list.put("type", "object");
            list.putArray("required").add("items");
            ObjectNode props = list.putObject("properties");
            props.putObject("apiVersion").put("type", "string");
            props.putObject("kind").put("type", "string");
            props.set("metadata", DefinitionGenerator.ref(gen.define(dev.jetpod.api.meta.ListMeta.class)));
            props.putObject("items").put("type", "array").set("items", DefinitionGenerator.ref(def));
            gvk(list, t.group(), t.version(), t.listKind());
            new ResourcePaths(paths, t, def, listDef, status, scaleDef).add();
        }
        return doc;
    }

    static void gvk(ObjectNode def, String group, String version, String kind) {
        ArrayNode a = def.putArray("x-kubernetes-group-version-kind");
        a.addObject().put("group", group).put("kind", kind).put("version", version);
    }

    /** The Java type that answers the scale subresource (autoscaling/v1 Scale). */
    public record ScaleModel(Class<?> javaType) {
    }

    /** The paths of one resource. */
    private static final class ResourcePaths {
        private final ObjectNode paths;
        private final ResourceType<?> t;
        private final String def;
        private final String listDef;
        private final String status;
        private final String scaleDef;
        private final String idSuffix;
        private final String tag;

        ResourcePaths(ObjectNode paths, ResourceType<?> t, String def, String listDef, String status, String scaleDef) {
            this.paths = paths;
            this.t = t;
            this.def = def;
            this.listDef = listDef;
            this.status = status;
            this.scaleDef = scaleDef;
            String group = groupId(t.group());
            this.idSuffix = group + cap(t.version());
            this.tag = (t.group().isEmpty() ? "core" : t.group().split("\\.")[0]) + "_" + t.version();
        }

        void add() {
            String root = t.group().isEmpty() ? "/api/" + t.version() : "/apis/" + t.group() + "/" + t.version();
            String ns = t.namespaced() ? "Namespaced" : "";
            String collection = t.namespaced() ? root + "/namespaces/{namespace}/" + t.plural() : root + "/" + t.plural();
            String item = collection + "/{name}";
            ObjectNode c = path(collection, t.namespaced());
            c.set("get", op("list" + idSuffix + ns + t.kind(), "list", "list or watch objects of kind " + t.kind(), listDef, listParams()));
            c.set("post", op("create" + idSuffix + ns + t.kind(), "post", "create a " + t.kind(), def, writeParams(def)));
            c.set("delete", op("delete" + idSuffix + "Collection" + ns + t.kind(), "deletecollection", "delete collection of " + t.kind(), status, listParams()));
            ObjectNode i = path(item, t.namespaced());
            i.withArray("parameters").add(nameParam(t.kind()));
            i.set("get", op("read" + idSuffix + ns + t.kind(), "get", "read the specified " + t.kind(), def, NODES.arrayNode()));
            i.set("put", op("replace" + idSuffix + ns + t.kind(), "put", "replace the specified " + t.kind(), def, writeParams(def)));
            i.set("patch", patchOp("patch" + idSuffix + ns + t.kind(), def));
            i.set("delete", op("delete" + idSuffix + ns + t.kind(), "delete", "delete a " + t.kind(), status, deleteParams()));
            if (t.namespaced()) {
                ObjectNode all = path(root + "/" + t.plural(), false);
                all.set("get", op("list" + idSuffix + t.kind() + "ForAllNamespaces", "list", "list or watch objects of kind " + t.kind(), listDef, listParams()));
            }
            for (String sub : t.subresources()) {
                subresource(item, ns, sub);
            }
        }

        private void subresource(String item, String ns, String sub) {
            String kindPart = t.kind() + cap(sub);
            ObjectNode s = path(item + "/" + sub, t.namespaced());
            s.withArray("parameters").add(nameParam(t.kind()));
            switch (sub) {
                case "status" -> {
                    s.set("get", op("read" + idSuffix + ns + kindPart, "get", "read status of the specified " + t.kind(), def, NODES.arrayNode()));
                    s.set("put", op("replace" + idSuffix + ns + kindPart, "put", "replace status of the specified " + t.kind(), def, writeParams(def)));
                    s.set("patch", patchOp("patch" + idSuffix + ns + kindPart, def));
                }
                case "scale" -> {
                    if (scaleDef != null) {
                        s.set("get", op("read" + idSuffix + ns + kindPart, "get", "read scale of the specified " + t.kind(), scaleDef, NODES.arrayNode()));
                        s.set("put", op("replace" + idSuffix + ns + kindPart, "put", "replace scale of the specified " + t.kind(), scaleDef, writeParams(scaleDef)));
                        s.set("patch", patchOp("patch" + idSuffix + ns + kindPart, scaleDef));
                    }
                }
                case "binding" -> s.set("post", op("create" + idSuffix + ns + kindPart, "post", "create binding of a " + t.kind(), status, writeParams(status)));
                case "finalize" -> s.set("put", op("replace" + idSuffix + ns + kindPart, "put", "replace finalize of the specified " + t.kind(), def, writeParams(def)));
                default -> {
                }
            }
            if (s.size() == 1) {
                paths.remove(item + "/" + sub);
            }
        }

        private ObjectNode path(String p, boolean namespaced) {
            ObjectNode node = paths.putObject(p);
            ArrayNode params = node.putArray("parameters");
            if (namespaced) {
                params.add(param("namespace", "path", "string", "object name and auth scope, such as for teams and projects", true));
            }
            params.add(param("pretty", "query", "string", "If 'true', then the output is pretty printed.", false));
            return node;
        }

        private ObjectNode op(String id, String action, String description, String responseDef, ArrayNode params) {
            ObjectNode o = NODES.objectNode();
            o.put("description", description);
            o.put("operationId", id);
            strings(o.putArray("consumes"), CONSUMES);
            strings(o.putArray("produces"), action.equals("list") ? List.of("application/json", "application/yaml", "application/json;stream=watch") : PRODUCES);
            o.putArray("schemes").add("https");
            o.putArray("tags").add(tag);
            o.set("parameters", params);
            ObjectNode responses = o.putObject("responses");
            responses.putObject("200").put("description", "OK").set("schema", DefinitionGenerator.ref(responseDef));
            if (action.equals("post")) {
                responses.putObject("201").put("description", "Created").set("schema", DefinitionGenerator.ref(responseDef));
            }
            responses.putObject("401").put("description", "Unauthorized");
            o.put("x-kubernetes-action", action);
            o.putObject("x-kubernetes-group-version-kind").put("group", t.group()).put("kind", t.kind()).put("version", t.version());
            return o;
        }

        private ObjectNode patchOp(String id, String responseDef) {
            ArrayNode params = NODES.arrayNode();
            params.add(NODES.objectNode().put("name", "body").put("in", "body").put("required", true).set("schema", NODES.objectNode().put("type", "object")));
            params.add(param("dryRun", "query", "string", "When present, indicates that modifications should not be persisted.", false));
            params.add(param("fieldManager", "query", "string", "the name associated with the actor making these changes", false));
            params.add(param("fieldValidation", "query", "string", "how the server treats unknown fields", false));
            params.add(param("force", "query", "boolean", "Force is going to force Apply requests.", false));
            ObjectNode o = op(id, "patch", "partially update the specified " + t.kind(), responseDef, params);
            strings(o.putArray("consumes"), PATCH_CONSUMES);
            return o;
        }

        private ArrayNode listParams() {
            ArrayNode a = NODES.arrayNode();
            a.add(param("allowWatchBookmarks", "query", "boolean", "requests watch events with type BOOKMARK", false));
            a.add(param("continue", "query", "string", "the continue token of a previous page", false));
            a.add(param("fieldSelector", "query", "string", "A selector to restrict the list of returned objects by their fields.", false));
            a.add(param("labelSelector", "query", "string", "A selector to restrict the list of returned objects by their labels.", false));
            a.add(param("limit", "query", "integer", "the maximum number of responses to return for a list call", false));
            a.add(param("resourceVersion", "query", "string", "which version of the resource to serve", false));
            a.add(param("timeoutSeconds", "query", "integer", "Timeout for the list/watch call.", false));
            a.add(param("watch", "query", "boolean", "Watch for changes to the described resources.", false));
            return a;
        }

        private ArrayNode writeParams(String bodyDef) {
            ArrayNode a = NODES.arrayNode();
            a.add(NODES.objectNode().put("name", "body").put("in", "body").put("required", true).set("schema", DefinitionGenerator.ref(bodyDef)));
            a.add(param("dryRun", "query", "string", "When present, indicates that modifications should not be persisted.", false));
            a.add(param("fieldManager", "query", "string", "the name associated with the actor making these changes", false));
            a.add(param("fieldValidation", "query", "string", "how the server treats unknown fields", false));
            return a;
        }

        private ArrayNode deleteParams() {
            ArrayNode a = NODES.arrayNode();
            a.add(param("dryRun", "query", "string", "When present, indicates that modifications should not be persisted.", false));
            a.add(param("gracePeriodSeconds", "query", "integer", "The duration in seconds before the object should be deleted.", false));
            a.add(param("propagationPolicy", "query", "string", "Orphan, Background or Foreground", false));
            return a;
        }

        private static ObjectNode nameParam(String kind) {
            return param("name", "path", "string", "name of the " + kind, true);
        }

        private static ObjectNode param(String name, String in, String type, String description, boolean required) {
            ObjectNode p = NODES.objectNode().put("name", name).put("in", in).put("type", type).put("description", description);
            if (required) {
                p.put("required", true);
            }
            p.put("uniqueItems", true);
            return p;
        }

        private static void strings(ArrayNode a, List<String> values) {
            values.forEach(a::add);
        }

        /** "" → Core, "apps" → Apps, "coordination.k8s.io" → Coordination, as Kubernetes' operation ids spell them. */
        private static String groupId(String group) {
            if (group.isEmpty()) {
                return "Core";
            }
            return cap(group.split("\\.")[0]);
        }

        private static String cap(String s) {
            return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }
    }
}
