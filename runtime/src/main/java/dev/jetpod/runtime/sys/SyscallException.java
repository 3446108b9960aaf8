package dev.jetpod.runtime.sys;

/** A failed kernel call, naming the operation, the object and the errno: "mount overlay on /x: EBUSY". */
public class SyscallException extends dev.jetpod.runtime.RuntimeFailure {
    private final int errno;

    public SyscallException(String operation, Object object, int errno) {
        super("could not " + operation + " " + object + ": " + Errno.name(errno));
        this.errno = errno;
    }

    public SyscallException(String operation, Object object, int errno, Throwable cause) {
        super("could not " + operation + " " + object + ": " + Errno.name(errno) + " (" + cause.getMessage() + ")", cause);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
