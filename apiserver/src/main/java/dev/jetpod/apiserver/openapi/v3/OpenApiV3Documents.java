package dev.jetpod.apiserver.openapi.v3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI v3 documents, encoded once at start: per group-version its JSON bytes and content hash (SHA-512, upper
 * hex, as kube-apiserver computes it), and the discovery document at {@code /openapi/v3} that points each
 * group-version at {@code /openapi/v3/<gv>?hash=<hash>}, so clients can cache a document for as long as its hash
 * holds.
 */
public final class OpenApiV3Documents {
    private final Map<String, Encoded> byGroupVersion = new LinkedHashMap<>();
    private final byte[] root;
    private final String rootHash;

    /** One encoded document and its hash. */
    public record Encoded(byte[] json, String hash) {
    }

    public OpenApiV3Documents(JsonNode v2, ObjectMapper mapper) {
        ObjectNode rootDoc = mapper.createObjectNode();
        ObjectNode paths = rootDoc.putObject("paths");
        OpenApiV3Converter.split(v2).forEach((gv, doc) -> {
            byte[] bytes = encode(mapper, doc);
            String hash = sha512(bytes);
            byGroupVersion.put(gv, new Encoded(bytes, hash));
            paths.putObject(gv).put("serverRelativeURL", "/openapi/v3/" + gv + "?hash=" + hash);
        });
        this.root = encode(mapper, rootDoc);
        this.rootHash = sha512(root);
    }

    public byte[] root() {
        return root;
    }

    public String rootHash() {
        return rootHash;
    }

    public Optional<Encoded> forGroupVersion(String gv) {
        return Optional.ofNullable(byGroupVersion.get(gv));
    }

    private static byte[] encode(ObjectMapper mapper, JsonNode doc) {
        try {
            return mapper.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode an OpenAPI v3 document", e);
        }
    }

    static String sha512(byte[] bytes) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
    }
}
