package dev.jetpod.runtime.helper;

import dev.jetpod.runtime.spec.InvalidSpecException;
import dev.jetpod.runtime.sys.Syscalls;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MountOptionsTest {
    @Test
    void flagsPropagationAndData() {
        MountOptions o = MountOptions.parse(List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "rslave", "ro", "rw"));
        assertEquals(Syscalls.MS_NOSUID | Syscalls.MS_NOEXEC, o.flags());
        assertEquals(Syscalls.MS_SLAVE | Syscalls.MS_REC, o.propagation());
        assertEquals("newinstance,ptmxmode=0666", o.data());
    }

    @Test
    void bindAndRbind() {
        assertEquals(Syscalls.MS_BIND, MountOptions.parse(List.of("bind")).flags());
        assertEquals(Syscalls.MS_BIND | Syscalls.MS_REC | Syscalls.MS_RDONLY, MountOptions.parse(List.of("rbind", "ro")).flags());
    }

    @Test
    void rootPropagation() {
        assertEquals(Syscalls.MS_SLAVE | Syscalls.MS_REC, MountOptions.rootPropagation(null));
        assertEquals(Syscalls.MS_PRIVATE, MountOptions.rootPropagation("private"));
        assertThrows(InvalidSpecException.class, () -> MountOptions.rootPropagation("sideways"));
    }
}
