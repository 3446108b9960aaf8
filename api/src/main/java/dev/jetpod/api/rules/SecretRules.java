package dev.jetpod.api.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.core.v1.ByteMaps;
import dev.jetpod.api.core.v1.Secret;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.MetaValidation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Secrets: type Opaque by default; write-only stringData is merged into data (its values win) and dropped, as the
 * Kubernetes conversion does; keys, size, per-type required keys; type and immutable data may not change.
 */
public final class SecretRules extends BaseRules<Secret> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FieldPath DATA = FieldPath.root("data");

    public SecretRules() {
        super(Resources.SECRETS, MetaValidation::subdomainName, "type");
    }

    @Override
    public Secret applyDefaults(Secret s) {
        Secret out = s;
        if (s.type() == null || s.type().isEmpty()) {
            out = out.withType(Secret.TYPE_OPAQUE);
        }
        if (s.stringData() != null) {
            Map<String, byte[]> data = new LinkedHashMap<>(out.dataOrEmpty());
            s.stringData().forEach((k, v) -> data.put(k, (v == null ? "" : v).getBytes(StandardCharsets.UTF_8)));
            out = out.withData(data).withStringData(null);
        }
        return out;
    }

    @Override
    protected List<FieldError> validateObject(Secret s) {
        Errors errs = new Errors();
        DataValidation.keys(errs, s.data(), "data");
        DataValidation.keys(errs, s.stringData(), "stringData");
        DataValidation.limitSize(errs, DataValidation.size(s.stringData(), s.data()), "data");
        Map<String, byte[]> data = s.dataOrEmpty();
        String type = s.type() == null ? Secret.TYPE_OPAQUE : s.type();
        switch (type) {
            case Secret.TYPE_SERVICE_ACCOUNT_TOKEN -> {
                String sa = s.metadata() == null ? null : s.metadata().annotationsOrEmpty().get("kubernetes.io/service-account.name");
                if (sa == null || sa.isEmpty()) {
                    errs.required(FieldPath.root("metadata").child("annotations").key("kubernetes.io/service-account.name"));
                }
            }
            case Secret.TYPE_DOCKER_CONFIG_JSON -> requireJson(errs, data, ".dockerconfigjson");
            case "kubernetes.io/dockercfg" -> requireJson(errs, data, ".dockercfg");
            case Secret.TYPE_BASIC_AUTH -> {
                if (!data.containsKey("username") && !data.containsKey("password")) {
                    errs.required(DATA.key("username"));
                    errs.required(DATA.key("password"));
                }
            }
            case Secret.TYPE_SSH_AUTH -> require(errs, data, "ssh-privatekey");
            case Secret.TYPE_TLS -> {
                require(errs, data, "tls.crt");
                require(errs, data, "tls.key");
            }
            default -> {
            }
        }
        return errs.toList();
    }

    private static void require(Errors errs, Map<String, byte[]> data, String key) {
        if (!data.containsKey(key)) {
            errs.required(DATA.key(key));
        }
    }

    private static void requireJson(Errors errs, Map<String, byte[]> data, String key) {
        byte[] v = data.get(key);
        if (v == null) {
            errs.required(DATA.key(key));
            return;
        }
        try {
            JSON.readTree(v);
        } catch (JsonProcessingException e) {
            errs.invalid(DATA.key(key), "<secret contents redacted>", e.getOriginalMessage());
        } catch (java.io.IOException e) {
            errs.invalid(DATA.key(key), "<secret contents redacted>", "unreadable JSON");
        }
    }

    @Override
    protected List<FieldError> validateChange(Secret s, Secret old) {
        Errors errs = new Errors();
        if (old.type() != null && !Objects.equals(s.type(), old.type())) {
            errs.immutable(FieldPath.root("type"), s.type());
        }
        errs.addAll(DataValidation.immutability(s.immutable(), old.immutable(), ByteMaps.equal(s.data(), old.data()), true, "data", "stringData"));
        return errs.toList();
    }

    @Override
    protected void addFieldLabels(Secret s, Map<String, String> out) {
        out.put("type", nullToEmpty(s.type()));
    }
}
