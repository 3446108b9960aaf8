package dev.jetpod.apiserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.autoscaling.v1.Scale;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.schema.FieldRules;
import dev.jetpod.api.schema.Schemas;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.apiserver.auth.AllowAll;
import dev.jetpod.apiserver.discovery.DiscoveryHandler.SubresourceShape;
import dev.jetpod.apiserver.discovery.DiscoveryHandler;
import dev.jetpod.apiserver.discovery.OpenApiHandler;
import dev.jetpod.apiserver.fieldvalidation.FieldValidator;
import dev.jetpod.apiserver.handlers.BindingHandler;
import dev.jetpod.apiserver.handlers.CreateHandler;
import dev.jetpod.apiserver.handlers.DeleteCollectionHandler;
import dev.jetpod.apiserver.handlers.DeleteHandler;
import dev.jetpod.apiserver.handlers.FinalizeHandler;
import dev.jetpod.apiserver.handlers.PatchHandler;
import dev.jetpod.apiserver.handlers.ReadHandler;
import dev.jetpod.apiserver.handlers.ResourceDispatcher;
import dev.jetpod.apiserver.handlers.ScaleHandler;
import dev.jetpod.apiserver.handlers.SubresourceHandlers;
import dev.jetpod.apiserver.handlers.UpdateHandler;
import dev.jetpod.apiserver.handlers.WatchHandler;
import dev.jetpod.apiserver.health.HealthCheck;
import dev.jetpod.apiserver.health.HealthHandler;
import dev.jetpod.apiserver.http.FailureHandler;
import dev.jetpod.apiserver.http.RequestBodyReader;
import dev.jetpod.apiserver.http.ResponseWriter;
import dev.jetpod.apiserver.metrics.ApiMetrics;
import dev.jetpod.apiserver.namespace.GuardedNamespaceStore;
import dev.jetpod.apiserver.namespace.NamespaceGuard;
import dev.jetpod.apiserver.namespace.NamespaceLifecycle;
import dev.jetpod.apiserver.namespace.SystemNamespaces;
import dev.jetpod.apiserver.openapi.OpenApiDocument;
import dev.jetpod.apiserver.protobuf.KubeProtobufDecoder;
import dev.jetpod.apiserver.protobuf.ProtoFields;
import dev.jetpod.apiserver.registry.ApiResource;
import dev.jetpod.apiserver.registry.ResourceRegistry;
import dev.jetpod.apiserver.registry.StoreFactory;
import dev.jetpod.apiserver.storage.ObjectStore;
import dev.jetpod.apiserver.storage.StorageFactory;
import dev.jetpod.apiserver.table.TableConverter;
import dev.jetpod.api.print.TablePrinters;
import dev.jetpod.apiserver.table.TableReplies;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API server as a library, k3s-style: {@link #start} wires storage, the resource registry, the handlers and the
 * background loops, deploys the one HTTP verticle, and answers once the port is bound. Nothing here is static state;
 * several servers can run in one JVM (tests do).
 */
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private ApiServer() {
    }

    public static Future<RunningApiServer> start(Vertx vertx, ApiServerConfig config) {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // the process itself: heap and GC, threads, CPU (jvm_memory_used_bytes, jvm_gc_pause_seconds, process_cpu_usage, …)
        new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(prometheus);
        new io.micrometer.core.instrument.binder.jvm.JvmGcMetrics().bindTo(prometheus);
        new io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics().bindTo(prometheus);
        new io.micrometer.core.instrument.binder.system.ProcessorMetrics().bindTo(prometheus);
        StorageFactory storage = StorageFactory.create(vertx, config.storage(), prometheus);
        try {
            return wire(vertx, config, prometheus, storage);
        } catch (RuntimeException e) {
            storage.close();
            return Future.failedFuture(e);
        }
    }

    private static Future<RunningApiServer> wire(Vertx vertx, ApiServerConfig config, PrometheusMeterRegistry prometheus, StorageFactory storage) {
        ObjectMapper json = Codecs.json();
        ObjectMapper yaml = Codecs.yaml();
        Scheme scheme = Scheme.builtin();
        Schemas schemas = new Schemas(FieldRules.kubernetes());
        // namespace writes made here reach the NamespaceLifecycle check at once, not only through its watch
        ObjectStore<Namespace> namespaceStore = storage.store(Resources.NAMESPACES);
        NamespaceGuard guard = new NamespaceGuard(vertx, namespaceStore);
        StoreFactory stores = new StoreFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <T extends KubeObject<T>> ObjectStore<T> storeFor(ResourceType<T> type) {
                return type.equals(Resources.NAMESPACES) ? (ObjectStore<T>) new GuardedNamespaceStore(namespaceStore, guard) : storage.store(type);
            }
        };
        ResourceRegistry registry = new ResourceRegistry(scheme, stores, json, schemas);
        ApiMetrics metrics = new ApiMetrics(prometheus);
        ResponseWriter writer = new ResponseWriter(json, yaml);
        RequestBodyReader reader = new RequestBodyReader(json, yaml, new KubeProtobufDecoder(scheme, schemas, ProtoFields.kubernetes(), json));
        ApiResource<Namespace> namespaces = registry.get(Resources.NAMESPACES);

        SystemNamespaces systemNamespaces = new SystemNamespaces(vertx, namespaces);
        NamespaceLifecycle lifecycle = new NamespaceLifecycle(vertx, registry, namespaces, config.namespaceSyncPeriod());

        var appliers = new dev.jetpod.apiserver.patch.PatchAppliers();
        FieldValidator fields = new FieldValidator(schemas, json.getFactory(), yaml.getFactory(), metrics);
        BindingHandler binding = new BindingHandler(reader, json, registry);
        SubresourceHandlers subresources = new SubresourceHandlers(Map.of(
                "scale", new ScaleHandler(reader, appliers, json),
                "binding", binding,
                "finalize", new FinalizeHandler(reader)));
        CreateHandler creates = new CreateHandler(reader, guard, fields);
        TableReplies tables = new TableReplies(new TableConverter(TablePrinters.builtin(), json, Clock.systemUTC()));
        ResourceDispatcher dispatcher = new ResourceDispatcher(registry, writer, new ReadHandler(json), new WatchHandler(writer, metrics, tables),
                creates, new UpdateHandler(reader, fields), new PatchHandler(reader, appliers, fields, creates, yaml, metrics), new DeleteHandler(reader),
                new DeleteCollectionHandler(reader), subresources, Map.of(Resources.BINDINGS, binding), tables);
        DiscoveryHandler discovery = new DiscoveryHandler(scheme, writer, Map.of(
                "status", new SubresourceShape("", "", "", List.of("get", "patch", "update")),
                "scale", new SubresourceShape("autoscaling", "v1", "Scale", List.of("get", "patch", "update")),
                "binding", new SubresourceShape("", "", "Binding", List.of("create")),
                "finalize", new SubresourceShape("", "", "", List.of("update"))));
        OpenApiHandler openApi = new OpenApiHandler(scheme, json, new OpenApiDocument.ScaleModel(Scale.class), schemas);
        HealthHandler health = new HealthHandler(vertx, List.of(
                HealthCheck.of("etcd", storage::checkReady),
                HealthCheck.of("poststarthook/system-namespaces", systemNamespaces::check)));
        AllowAll allowAll = new AllowAll();
        FailureHandler failures = new FailureHandler(writer, config.maxRequestBodyBytes());
        java.util.function.IntFunction<ApiServerVerticle> verticleOnPort = port -> new ApiServerVerticle(config.withPort(port), allowAll, allowAll,
                dispatcher, discovery, openApi, health, failures, metrics, prometheus);

        // one verticle class, one instance per event loop; Vert.x shares the listening port between the instances. It
        // does not share port 0, so a request for "any port" is resolved to one free port first.
        int wanted;
        try {
            wanted = config.port() == 0 ? FreePort.find(config.bindAddress()) : config.port();
        } catch (java.io.IOException e) {
            storage.close();
            return Future.failedFuture(e);
        }
        java.util.Set<Integer> ports = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return vertx.deployVerticle(() -> {
            ApiServerVerticle v = verticleOnPort.apply(wanted);
            v.onListening(ports::add);
            return v;
        }, new DeploymentOptions().setInstances(config.eventLoops())).compose(id -> {
            if (ports.size() != 1) {
                return vertx.undeploy(id).compose(v -> Future.failedFuture(new IllegalStateException("HTTP verticle instances listen on different ports " + ports)));
            }
            int port = ports.iterator().next();
            // the background loops run on an event loop, like the requests
            vertx.runOnContext(v -> {
                guard.start();
                systemNamespaces.start();
                lifecycle.start();
            });
            LOG.info("op=start result=ok address={} port={} event-loops={} etcd={}", config.bindAddress(), port, config.eventLoops(), config.etcdEndpoints());
            return Future.succeededFuture((RunningApiServer) new Running(vertx, List.of(id), config.bindAddress(), port, storage, guard, systemNamespaces, lifecycle));
        }).recover(e -> {
            storage.close();
            return Future.failedFuture(e);
        });
    }

    private record Running(Vertx vertx, List<String> deploymentIds, String address, int port, StorageFactory storage,
                           NamespaceGuard guard, SystemNamespaces systemNamespaces, NamespaceLifecycle lifecycle) implements RunningApiServer {
        @Override
        public String url() {
            return "http://" + address + ":" + port;
        }

        @Override
        public Future<Void> close() {
            lifecycle.close();
            systemNamespaces.close();
            guard.close();
            List<Future<Void>> undeployed = deploymentIds.stream().filter(id -> !id.isEmpty()).map(vertx::undeploy).toList();
            return Future.join(undeployed).<Void>mapEmpty().eventually(() -> {
                storage.close();
                return Future.succeededFuture();
            });
        }
    }

}
