package dev.jetpod.api.rules;

import dev.jetpod.api.core.v1.ByteMaps;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.MetaValidation;
import java.util.List;
import java.util.Objects;

/** ConfigMaps: valid keys, no key in both data and binaryData, 1 MiB at most, immutable once marked so. */
public final class ConfigMapRules extends BaseRules<ConfigMap> {
    public ConfigMapRules() {
        super(Resources.CONFIGMAPS, MetaValidation::subdomainName);
    }

    @Override
    protected List<FieldError> validateObject(ConfigMap cm) {
        Errors errs = new Errors();
        DataValidation.keys(errs, cm.data(), "data");
        DataValidation.keys(errs, cm.binaryData(), "binaryData");
        if (cm.data() != null && cm.binaryData() != null) {
            for (String k : cm.binaryData().keySet()) {
                if (cm.data().containsKey(k)) {
                    errs.invalid(FieldPath.root("binaryData").key(k), k, "duplicate of key present in data");
                }
            }
        }
        DataValidation.limitSize(errs, DataValidation.size(cm.data(), cm.binaryData()), "data");
        return errs.toList();
    }

    @Override
    protected List<FieldError> validateChange(ConfigMap cm, ConfigMap old) {
        return DataValidation.immutability(cm.immutable(), old.immutable(), Objects.equals(cm.data(), old.data()),
                ByteMaps.equal(cm.binaryData(), old.binaryData()), "data", "binaryData");
    }
}
