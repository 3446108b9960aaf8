package dev.jetpod.api.defaults;

import dev.jetpod.api.core.v1.ConfigMapVolumeSource;
import dev.jetpod.api.core.v1.DownwardAPIVolumeFile;
import dev.jetpod.api.core.v1.DownwardAPIVolumeSource;
import dev.jetpod.api.core.v1.EmptyDirVolumeSource;
import dev.jetpod.api.core.v1.HostPathVolumeSource;
import dev.jetpod.api.core.v1.ProjectedVolumeSource;
import dev.jetpod.api.core.v1.SecretVolumeSource;
import dev.jetpod.api.core.v1.ServiceAccountTokenProjection;
import dev.jetpod.api.core.v1.Volume;
import dev.jetpod.api.core.v1.VolumeProjection;
import java.util.List;

/** SetDefaults_Volume and the per-source defaults: file modes 0644, hostPath type "", token expiry 1h. */
public final class VolumeDefaults {
    private VolumeDefaults() {
    }

    /** 0644, which Kubernetes writes as 420. */
    public static final int DEFAULT_MODE = 0644;

    public static Volume apply(Volume v) {
        boolean noSource = v.hostPath() == null && v.emptyDir() == null && v.secret() == null && v.nfs() == null
                && v.persistentVolumeClaim() == null && v.downwardAPI() == null && v.configMap() == null && v.projected() == null
                && v.image() == null;
        EmptyDirVolumeSource emptyDir = noSource ? new EmptyDirVolumeSource(null, null) : v.emptyDir();
        HostPathVolumeSource hostPath = v.hostPath() == null || v.hostPath().type() != null ? v.hostPath()
                : new HostPathVolumeSource(v.hostPath().path(), "");
        SecretVolumeSource secret = v.secret() == null || v.secret().defaultMode() != null ? v.secret()
                : new SecretVolumeSource(v.secret().secretName(), v.secret().items(), DEFAULT_MODE, v.secret().optional());
        ConfigMapVolumeSource configMap = v.configMap() == null || v.configMap().defaultMode() != null ? v.configMap()
                : new ConfigMapVolumeSource(v.configMap().name(), v.configMap().items(), DEFAULT_MODE, v.configMap().optional());
        DownwardAPIVolumeSource downward = v.downwardAPI() == null ? null
                : new DownwardAPIVolumeSource(files(v.downwardAPI().items()), v.downwardAPI().defaultMode() == null ? DEFAULT_MODE : v.downwardAPI().defaultMode());
        ProjectedVolumeSource projected = v.projected() == null ? null : projected(v.projected());
        return new Volume(v.name(), hostPath, emptyDir, secret, v.nfs(), v.persistentVolumeClaim(), downward, configMap, projected, v.image());
    }

    private static ProjectedVolumeSource projected(ProjectedVolumeSource p) {
        List<VolumeProjection> sources = p.sources() == null ? null : p.sources().stream().map(s -> new VolumeProjection(s.secret(),
                s.downwardAPI() == null ? null : new dev.jetpod.api.core.v1.DownwardAPIProjection(files(s.downwardAPI().items())),
                s.configMap(), token(s.serviceAccountToken()))).toList();
        return new ProjectedVolumeSource(sources, p.defaultMode() == null ? DEFAULT_MODE : p.defaultMode());
    }

    private static ServiceAccountTokenProjection token(ServiceAccountTokenProjection t) {
        return t == null || t.expirationSeconds() != null ? t : new ServiceAccountTokenProjection(t.audience(), 3600L, t.path());
    }

    private static List<DownwardAPIVolumeFile> files(List<DownwardAPIVolumeFile> items) {
        return items == null ? null : items.stream()
                .map(f -> new DownwardAPIVolumeFile(f.path(), ContainerDefaults.fieldRef(f.fieldRef()), f.resourceFieldRef(), f.mode())).toList();
    }
}
