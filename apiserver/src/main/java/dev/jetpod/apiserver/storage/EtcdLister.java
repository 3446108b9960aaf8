package dev.jetpod.apiserver.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ListMeta;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.options.GetOption;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists straight from etcd: every page of one list is read at the same revision (the first read's, or the continue
 * token's), in key order, in chunks small enough for one gRPC message, filtered here until {@code limit} objects match.
 * Large chunks are decoded on a worker thread, never on the event loop.
 */
final class EtcdLister<T extends KubeObject<T>> {
    private static final Logger LOG = LoggerFactory.getLogger(EtcdLister.class);
    static final String CONTINUE_EXPIRED = "The provided continue parameter is too old to display a consistent list result. "
            + "You can start a new list without the continue parameter, or use the continue value from the 410 response "
            + "to get an inconsistent list result.";
    private static final int CHUNK = 500;
    private static final int INLINE_DECODE_MAX = 64;

    private final Vertx vertx;
    private final EtcdConnection etcd;
    private final KeyLayout layout;
    private final ObjectCodec<T> codec;
    private final ObjectMapper json;
    private final String resource;

    EtcdLister(Vertx vertx, EtcdConnection etcd, KeyLayout layout, ObjectCodec<T> codec, ObjectMapper json, String resource) {
        this.vertx = vertx;
        this.etcd = etcd;
        this.layout = layout;
        this.codec = codec;
        this.json = json;
        this.resource = resource;
    }

    Future<EncodedList<T>> list(String namespace, ObjectFilter<T> filter, long limit, String continueToken) {
        String prefix;
        ContinueToken token;
        try {
            prefix = layout.listPrefix(namespace);
            token = continueToken == null || continueToken.isEmpty() ? null : ContinueToken.decode(continueToken, json);
        } catch (ApiException e) {
            return Future.failedFuture(e);
        }
        Page page = new Page(prefix, filter, limit, token);
        return fetch(page).recover(t -> {
            if (token != null && t instanceof ApiException e && e.isGone()) {
                String latest = new ContinueToken(ContinueToken.LATEST, token.start()).encode(json);
                return Future.failedFuture(ApiException.expired(CONTINUE_EXPIRED).withContinue(latest));
            }
            return Future.failedFuture(t);
        });
    }

    /** Every key under {@code prefix} at one revision, undecoded (the watch cache decodes on its own thread). */
    Future<RawSnapshot> readAll(String prefix) {
        return readAll(new RawSnapshot(0, new ArrayList<>()), KeyLayout.bytes(prefix), KeyLayout.rangeEnd(prefix));
    }

    private Future<RawSnapshot> readAll(RawSnapshot acc, ByteSequence from, ByteSequence end) {
        GetOption option = GetOption.builder().withRange(end).withLimit(CHUNK).withRevision(acc.revision()).build();
        return etcd.execute("list", resource, () -> etcd.kv().get(from, option)).compose(resp -> {
            RawSnapshot next = new RawSnapshot(acc.revision() == 0 ? resp.getHeader().getRevision() : acc.revision(), acc.kvs());
            next.kvs().addAll(resp.getKvs());
            if (!resp.isMore() || resp.getKvs().isEmpty()) {
                return Future.succeededFuture(next);
            }
            return readAll(next, justAfter(resp.getKvs().get(resp.getKvs().size() - 1).getKey()), end);
        });
    }

    private Future<EncodedList<T>> fetch(Page page) {
        GetOption option = GetOption.builder().withRange(page.end).withLimit(CHUNK).withRevision(page.revision).build();
        ByteSequence from = page.next;
        return etcd.execute("list", resource, () -> etcd.kv().get(from, option))
                .compose(resp -> decode(resp.getKvs()).map(objects -> page.absorb(resp, objects)))
                .compose(done -> done ? Future.succeededFuture(page.result()) : fetch(page));
    }

    private Future<List<EncodedObject<T>>> decode(List<KeyValue> kvs) {
        if (kvs.size() <= INLINE_DECODE_MAX) {
            return Future.succeededFuture(decodeAll(kvs));
        }
        Context context = vertx.getOrCreateContext();
        return context.executeBlocking(() -> decodeAll(kvs), false);
    }

    /** Decodes each value; a value that is not a valid object is logged and left out (null), so one bad key does not break every list. */
    List<EncodedObject<T>> decodeAll(List<KeyValue> kvs) {
        List<EncodedObject<T>> out = new ArrayList<>(kvs.size());
        for (KeyValue kv : kvs) {
            try {
                out.add(codec.decode(EtcdConnection.utf8(kv.getKey()), kv.getValue().getBytes(), kv.getModRevision()));
            } catch (ObjectCodec.UndecodableValueException e) {
                LOG.warn("skipping undecodable object resource={} error={}", resource, e.getMessage());
                out.add(null);
            }
        }
        return out;
    }

    static ByteSequence justAfter(ByteSequence key) {
        byte[] k = key.getBytes();
        byte[] next = new byte[k.length + 1];
        System.arraycopy(k, 0, next, 0, k.length);
        return ByteSequence.from(next);
    }

    /** All keys under a prefix at one revision. */
    record RawSnapshot(long revision, List<KeyValue> kvs) {
    }

    /** The state of one paged list while its chunks arrive. */
    private final class Page {
        final String prefix;
        final ByteSequence end;
        final ObjectFilter<T> filter;
        final long limit;
        final List<EncodedObject<T>> items = new ArrayList<>();
        long revision;
        ByteSequence next;
        String lastKey;
        Long remaining;

        Page(String prefix, ObjectFilter<T> filter, long limit, ContinueToken token) {
            this.prefix = prefix;
            this.end = KeyLayout.rangeEnd(prefix);
            this.filter = filter == null ? ObjectFilter.everything() : filter;
            this.limit = Math.max(0, limit);
            this.revision = token == null || token.revision() == ContinueToken.LATEST ? 0 : token.revision();
            this.next = KeyLayout.bytes(token == null ? prefix : prefix + token.start());
        }

        /** Takes one chunk; true when the page is complete. */
        boolean absorb(GetResponse resp, List<EncodedObject<T>> objects) {
            if (revision == 0) {
                revision = resp.getHeader().getRevision();
            }
            List<KeyValue> kvs = resp.getKvs();
            for (int i = 0; i < kvs.size(); i++) {
                EncodedObject<T> o = objects.get(i);
                if (o == null || !filter.matches(o.object())) {
                    continue;
                }
                items.add(o);
                if (limit > 0 && items.size() == limit) {
                    boolean more = i < kvs.size() - 1 || resp.isMore();
                    if (more) {
                        lastKey = EtcdConnection.utf8(kvs.get(i).getKey());
                        // cheap only when nothing is filtered out: etcd counted the keys from this chunk's start
                        remaining = ObjectFilter.isEverything(filter) ? resp.getCount() - (i + 1) : null;
                    }
                    return true;
                }
            }
            if (!resp.isMore() || kvs.isEmpty()) {
                return true;
            }
            next = justAfter(kvs.get(kvs.size() - 1).getKey());
            return false;
        }

        EncodedList<T> result() {
            String token = lastKey == null ? null : ContinueToken.after(revision, prefix, lastKey).encode(json);
            return new EncodedList<>(new ListMeta(Long.toString(revision), token, remaining), items);
        }
    }
}
