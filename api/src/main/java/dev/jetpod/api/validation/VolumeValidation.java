package dev.jetpod.api.validation;

import dev.jetpod.api.core.v1.DownwardAPIVolumeFile;
import dev.jetpod.api.core.v1.KeyToPath;
import dev.jetpod.api.core.v1.ProjectedVolumeSource;
import dev.jetpod.api.core.v1.Volume;
import dev.jetpod.api.core.v1.VolumeProjection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** ValidateVolumes: unique DNS-1123 names, exactly one source each, and per-source rules. */
public final class VolumeValidation {
    private VolumeValidation() {
    }

    static final List<String> HOST_PATH_TYPES = List.of("", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice");
    private static final int MAX_MODE = 0777;

    /** The errors, plus the volume names the containers' volumeMounts may refer to. */
    public record Result(List<FieldError> errors, Set<String> names) {
    }

    public static Result validate(List<Volume> volumes, FieldPath path) {
        Errors errs = new Errors();
        Set<String> names = new LinkedHashSet<>();
        if (volumes == null) {
            return new Result(errs.toList(), names);
        }
        for (int i = 0; i < volumes.size(); i++) {
            Volume v = volumes.get(i);
            FieldPath idx = path.index(i);
            errs.addAll(source(v, idx));
            if (v.name() == null || v.name().isEmpty()) {
                errs.required(idx.child("name"));
            } else {
                errs.invalidEach(idx.child("name"), v.name(), NameFormats.dns1123Label(v.name()));
            }
            if (v.name() != null && !names.add(v.name())) {
                errs.duplicate(idx.child("name"), v.name());
            }
        }
        return new Result(errs.toList(), names);
    }

    private static List<FieldError> source(Volume v, FieldPath path) {
        Errors errs = new Errors();
        List<String> set = new ArrayList<>();
        if (v.hostPath() != null) {
            set.add("hostPath");
            FieldPath p = path.child("hostPath");
            errs.addAll(absoluteOrRequired(v.hostPath().path(), p.child("path"), false));
            String type = v.hostPath().type() == null ? "" : v.hostPath().type();
            if (!HOST_PATH_TYPES.contains(type)) {
                errs.notSupported(p.child("type"), type, HOST_PATH_TYPES);
            }
        }
        if (v.emptyDir() != null) {
            set.add("emptyDir");
            if (v.emptyDir().sizeLimit() != null && v.emptyDir().sizeLimit().signum() < 0) {
                errs.forbidden(path.child("emptyDir", "sizeLimit"), "SizeLimit field must be a valid resource quantity");
            }
        }
        if (v.secret() != null) {
            set.add("secret");
            FieldPath p = path.child("secret");
            errs.addAll(EnvValidation.objectName(v.secret().secretName(), p.child("secretName")));
            errs.addAll(mode(v.secret().defaultMode(), p.child("defaultMode")));
            errs.addAll(items(v.secret().items(), p.child("items")));
        }
        if (v.nfs() != null) {
            set.add("nfs");
            FieldPath p = path.child("nfs");
            if (v.nfs().server() == null || v.nfs().server().isEmpty()) {
                errs.required(p.child("server"));
            }
            errs.addAll(absoluteOrRequired(v.nfs().path(), p.child("path"), true));
        }
        if (v.persistentVolumeClaim() != null) {
            set.add("persistentVolumeClaim");
            if (v.persistentVolumeClaim().claimName() == null || v.persistentVolumeClaim().claimName().isEmpty()) {
                errs.required(path.child("persistentVolumeClaim", "claimName"));
            }
        }
        if (v.downwardAPI() != null) {
            set.add("downwardAPI");
            FieldPath p = path.child("downwardAPI");
            errs.addAll(mode(v.downwardAPI().defaultMode(), p.child("defaultMode")));
            errs.addAll(downwardItems(v.downwardAPI().items(), p.child("items")));
        }
        if (v.configMap() != null) {
            set.add("configMap");
            FieldPath p = path.child("configMap");
            errs.addAll(EnvValidation.objectName(v.configMap().name(), p.child("name")));
            errs.addAll(mode(v.configMap().defaultMode(), p.child("defaultMode")));
            errs.addAll(items(v.configMap().items(), p.child("items")));
        }
        if (v.projected() != null) {
            set.add("projected");
            errs.addAll(projected(v.projected(), path.child("projected")));
        }
        if (v.image() != null) {
            set.add("image");
            if (v.image().reference() == null || v.image().reference().isEmpty()) {
                errs.required(path.child("image", "reference"));
            }
        }
        if (set.isEmpty()) {
            errs.required(path, "must specify a volume type");
        }
        for (int i = 1; i < set.size(); i++) {
            errs.forbidden(path.child(set.get(i)), "may not specify more than 1 volume type");
        }
        return errs.toList();
    }

    private static List<FieldError> projected(ProjectedVolumeSource p, FieldPath path) {
        Errors errs = new Errors().addAll(mode(p.defaultMode(), path.child("defaultMode")));
        if (p.sources() == null) {
            return errs.toList();
        }
        Set<String> paths = new LinkedHashSet<>();
        for (int i = 0; i < p.sources().size(); i++) {
            VolumeProjection s = p.sources().get(i);
            FieldPath idx = path.child("sources").index(i);
            int n = 0;
            if (s.secret() != null) {
                n++;
                errs.addAll(EnvValidation.objectName(s.secret().name(), idx.child("secret", "name")));
                errs.addAll(items(s.secret().items(), idx.child("secret", "items")));
                errs.addAll(uniquePaths(s.secret().items(), paths, idx.child("secret", "items")));
            }
            if (s.configMap() != null) {
                n++;
                errs.addAll(EnvValidation.objectName(s.configMap().name(), idx.child("configMap", "name")));
                errs.addAll(items(s.configMap().items(), idx.child("configMap", "items")));
                errs.addAll(uniquePaths(s.configMap().items(), paths, idx.child("configMap", "items")));
            }
            if (s.downwardAPI() != null) {
                n++;
                errs.addAll(downwardItems(s.downwardAPI().items(), idx.child("downwardAPI", "items")));
            }
            if (s.serviceAccountToken() != null) {
                n++;
                FieldPath t = idx.child("serviceAccountToken");
                Long exp = s.serviceAccountToken().expirationSeconds();
                if (exp != null && exp < 600) {
                    errs.invalid(t.child("expirationSeconds"), exp, "may not specify a duration less than 10 minutes");
                } else if (exp != null && exp > 4294967296L) {
                    errs.invalid(t.child("expirationSeconds"), exp, "may not specify a duration larger than 2^32 seconds");
                }
                if (s.serviceAccountToken().path() == null || s.serviceAccountToken().path().isEmpty()) {
                    errs.required(t.child("path"));
                }
            }
            if (n != 1) {
                errs.forbidden(idx, "may not specify more than 1 volume type per source");
            }
        }
        return errs.toList();
    }

    /** Two projected sources may not write the same file. */
    private static List<FieldError> uniquePaths(List<KeyToPath> items, Set<String> seen, FieldPath path) {
        Errors errs = new Errors();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                String p = items.get(i).path();
                if (p != null && !seen.add(p)) {
                    errs.invalid(path.index(i).child("path"), p, "conflicting duplicate paths");
                }
            }
        }
        return errs.toList();
    }

    private static List<FieldError> items(List<KeyToPath> items, FieldPath path) {
        Errors errs = new Errors();
        if (items == null) {
            return errs.toList();
        }
        for (int i = 0; i < items.size(); i++) {
            KeyToPath k = items.get(i);
            FieldPath idx = path.index(i);
            if (k.key() == null || k.key().isEmpty()) {
                errs.required(idx.child("key"));
            }
            errs.addAll(relativePath(k.path(), idx.child("path")));
            errs.addAll(mode(k.mode(), idx.child("mode")));
        }
        return errs.toList();
    }

    private static List<FieldError> downwardItems(List<DownwardAPIVolumeFile> items, FieldPath path) {
        Errors errs = new Errors();
        if (items == null) {
            return errs.toList();
        }
        for (int i = 0; i < items.size(); i++) {
            DownwardAPIVolumeFile f = items.get(i);
            FieldPath idx = path.index(i);
            errs.addAll(relativePath(f.path(), idx.child("path")));
            errs.addAll(mode(f.mode(), idx.child("mode")));
            if (f.fieldRef() != null && f.resourceFieldRef() != null) {
                errs.invalid(idx, "resource", "fieldRef and resourceFieldRef can not be specified simultaneously");
            } else if (f.fieldRef() != null) {
                errs.addAll(EnvValidation.fieldRef(f.fieldRef(), EnvValidation.VOLUME_FIELD_PATHS, true, idx.child("fieldRef")));
            } else if (f.resourceFieldRef() != null) {
                errs.addAll(EnvValidation.resourceFieldRef(f.resourceFieldRef(), true, idx.child("resourceFieldRef")));
            } else {
                errs.required(idx, "one of fieldRef and resourceFieldRef is required");
            }
        }
        return errs.toList();
    }

    private static List<FieldError> mode(Integer mode, FieldPath path) {
        if (mode != null && (mode < 0 || mode > MAX_MODE)) {
            return new Errors().invalid(path, mode, "must be a number between 0 and 0777 (octal), both inclusive").toList();
        }
        return List.of();
    }

    /** validateLocalNonReservedPath: relative, no ".." element, not starting with "..". */
    static List<FieldError> relativePath(String p, FieldPath path) {
        Errors errs = new Errors();
        if (p == null || p.isEmpty()) {
            return errs.required(path).toList();
        }
        if (p.startsWith("/")) {
            errs.invalid(path, p, "must be a relative path");
        }
        for (String part : p.split("/")) {
            if (part.equals("..")) {
                errs.invalid(path, p, "must not contain '..'");
                break;
            }
        }
        if (p.startsWith("..")) {
            errs.invalid(path, p, "must not start with '..'");
        }
        return errs.toList();
    }

    private static List<FieldError> absoluteOrRequired(String p, FieldPath path, boolean mustBeAbsolute) {
        Errors errs = new Errors();
        if (p == null || p.isEmpty()) {
            return errs.required(path).toList();
        }
        if (mustBeAbsolute && !p.startsWith("/")) {
            errs.invalid(path, p, "must be an absolute path");
        }
        for (String part : p.split("/")) {
            if (part.equals("..")) {
                errs.invalid(path, p, "must not contain '..'");
                break;
            }
        }
        return errs.toList();
    }
}
