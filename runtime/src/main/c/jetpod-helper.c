/*
 * jetpod-helper: the only code in Jetpod that creates or joins namespaces for processes.
 *
 * The JVM cannot fork or unshare safely (it is multi-threaded), so it starts this small, statically
 * linked, single-threaded program. The helper reads its setup from descriptor 3 (a length line, then
 * NUL-separated records, see HelperConfig.java) and answers on descriptor 4 ("pid <init> <supervisor>",
 * then "ok" or "error <stage>: <cause>"). Modes:
 *   create   supervisor (outlives the JVM: forked by the resident "serve" helper or double-forked) ->
 *            container init. The supervisor owns the container's stdout/stderr (CRI log) or terminal,
 *            reaps it and writes <state>/exit. The init joins cgroups and namespaces, builds the rootfs,
 *            pivot_roots, drops privileges, answers "ok", waits on <state>/start, then execs.
 *   exec     join a running container's namespaces and cgroup, fork, exec; relay exit code (and tty).
 *   sandbox  unshare net/ipc/uts (and pid with a tiny init), bring lo up, report, and wait on fd 3 until
 *            the JVM has bind-mounted the /proc/<pid>/ns files to the pod's namespace files.
 *   serve    (argv[1]) fork one create request after another from a socket at descriptor 3.
 * Every function returns a negative number on failure, after filling `err` with the errno message.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <net/if.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <linux/capability.h>

#define CONFIG_FD 3
#define REPORT_FD 4
#define MAX_RECORDS 4096
#define MAX_FIELDS 8
#define DEFAULT_PATH "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

struct record { int n; char *f[MAX_FIELDS]; };

static struct record rec[MAX_RECORDS];
static int nrec;
static char err[2048];
static const char *stage = "config";
static const char *state_dir = "";

/* ---- errors and logging ------------------------------------------------------------------------ */
static int fail(const char *fmt, ...)
{
    int e = errno;
    char msg[1536];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (e)
        snprintf(err, sizeof err, "%s: %s: %s", stage, msg, strerror(e));
    else
        snprintf(err, sizeof err, "%s: %s", stage, msg);
    return -1;
}

/* Appends one line to <state>/helper.log; used for failures after the JVM has stopped listening. */
static void log_line(const char *what)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/helper.log", state_dir);
    int fd = *state_dir ? open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600) : -1;
    if (fd >= 0) {
        dprintf(fd, "pid=%d stage=%s %s\n", getpid(), stage, what);
        close(fd);
    }
}

static int write_all(int fd, const char *buf, size_t len)
{
    for (ssize_t w; len > 0; buf += w, len -= (size_t)w)
        if ((w = write(fd, buf, len)) < 0 && (w = 0, errno != EINTR))
            return -1;
    return 0;
}

static void report(const char *fmt, ...)
{
    char line[2300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line - 1, fmt, ap);
    va_end(ap);
    strcat(line, "\n");
    write_all(REPORT_FD, line, strlen(line));
}

static int write_file(const char *path, const char *value)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    int rc = fd < 0 || write_all(fd, value, strlen(value)) < 0 ? fail("write '%s' to %s", value, path) : 0;
    if (fd >= 0)
        close(fd);
    return rc;
}

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* ---- configuration ----------------------------------------------------------------------------- */
/* Splits "<length>\n" + records (fields ending in NUL, a record ends with an empty field) in place. */
static int parse_config(char *buf, size_t size)
{
    char *p = memchr(buf, '\n', size < 32 ? size : 32), *end;
    long len = p ? strtol(buf, NULL, 10) : -1;
    if (len <= 0 || (size_t)len > size - (size_t)(p + 1 - buf))
        return errno = EINVAL, fail("config length");
    for (p++, end = p + len, nrec = 0; p < end && nrec < MAX_RECORDS;) {
        struct record *r = &rec[nrec];
        r->n = 0;
        while (p < end && *p) {
            size_t flen = strlen(p);
            if (flen == 1 && p[0] == 1)
                p[0] = 0; /* the encoding of an empty value */
            if (r->n < MAX_FIELDS)
                r->f[r->n++] = p;
            p += flen + 1;
        }
        p++;
        if (r->n > 0)
            nrec++;
    }
    return 0;
}

static int read_config(void)
{
    char head[32] = "";
    size_t h = 0;
    for (; h < sizeof head - 1 && (h == 0 || head[h - 1] != '\n'); h++)
        if (read(CONFIG_FD, head + h, 1) != 1)
            return fail("read config header");
    long len = strtol(head, NULL, 10);
    char *buf = len > 0 && len <= (64L << 20) ? malloc(h + (size_t)len + 1) : NULL;
    if (!buf)
        return fail("config length '%s'", head);
    memcpy(buf, head, h);
    for (long got = 0, r; got < len; got += r > 0 ? r : 0)
        if ((r = read(CONFIG_FD, buf + h + got, (size_t)(len - got))) == 0 || (r < 0 && errno != EINTR))
            return fail("read config body (%ld of %ld bytes)", got, len);
    return parse_config(buf, h + (size_t)len);
}

static const char *get(const char *key)
{
    for (int i = 0; i < nrec; i++)
        if (!strcmp(rec[i].f[0], key))
            return rec[i].n > 1 ? rec[i].f[1] : "";
    return NULL;
}

#define EACH(key, r) for (struct record *r = rec; r < rec + nrec; r++) if (!strcmp(r->f[0], key))
#define FIELD(r, i) ((r)->n > (i) ? (r)->f[i] : "")

/* ---- small filesystem steps -------------------------------------------------------------------- */
static int mkdir_p(const char *path, mode_t mode)
{
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *s = tmp + 1;; s++)
        if (*s == '/' || !*s) {
            char c = *s;
            *s = 0;
            if (mkdir(tmp, mode) < 0 && errno != EEXIST)
                return fail("mkdir %s", tmp);
            if (!(*s = c))
                return 0;
        }
}

static int ensure_file(const char *path)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir) {
        *slash = 0;
        if (mkdir_p(dir, 0755) < 0)
            return -1;
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0 && errno != EISDIR)
        return fail("create mount point %s", path);
    return fd >= 0 ? close(fd) : 0;
}

/* ---- container init: rootfs -------------------------------------------------------------------- */
static int mount_one(const char *rootfs, struct record *r)
{
    const char *src = FIELD(r, 1), *type = FIELD(r, 3), *data = FIELD(r, 5);
    unsigned long flags = strtoul(FIELD(r, 4), NULL, 10), prop = strtoul(FIELD(r, 6), NULL, 10);
    char dst[PATH_MAX];
    struct stat st;
    snprintf(dst, sizeof dst, "%s%s", rootfs, FIELD(r, 2));
    int bind = (flags & MS_BIND) != 0;
    if (bind && stat(src, &st) < 0)
        return fail("bind source %s", src);
    if (bind && !S_ISDIR(st.st_mode) ? ensure_file(dst) < 0 : mkdir_p(dst, 0755) < 0)
        return -1;
    if (bind) {
        if (mount(src, dst, NULL, MS_BIND | (flags & MS_REC), NULL) < 0)
            return fail("bind mount %s on %s", src, dst);
        unsigned long extra = flags & (MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_NOATIME | MS_RELATIME);
        if (extra && mount(NULL, dst, NULL, MS_BIND | MS_REMOUNT | (flags & MS_REC) | extra, NULL) < 0)
            return fail("remount %s with flags 0x%lx", dst, extra);
    } else if (mount(src, dst, type, flags, *data ? data : NULL) < 0) {
        return fail("mount %s (%s) on %s", src, type, dst);
    }
    if (prop && mount(NULL, dst, NULL, prop, NULL) < 0)
        return fail("set propagation of %s", dst);
    return 0;
}

static int make_device(const char *rootfs, struct record *r)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s%s", rootfs, FIELD(r, 1));
    mode_t type = FIELD(r, 2)[0] == 'b' ? S_IFBLK : S_IFCHR;
    dev_t dev = makedev(atoi(FIELD(r, 3)), atoi(FIELD(r, 4)));
    mode_t mode = (mode_t)strtoul(FIELD(r, 5), NULL, 8);
    unlink(path);
    if (mknod(path, type | mode, dev) < 0 || chmod(path, mode) < 0
        || chown(path, (uid_t)atoi(FIELD(r, 6)), (gid_t)atoi(FIELD(r, 7))) < 0)
        return fail("create device %s", path);
    return 0;
}

static int prepare_rootfs(const char *rootfs)
{
    stage = "rootfs";
    const char *prop = get("rootprop");
    if (mount(NULL, "/", NULL, prop ? strtoul(prop, NULL, 10) : (MS_SLAVE | MS_REC), NULL) < 0)
        return fail("set propagation of /");
    if (mount(rootfs, rootfs, NULL, MS_BIND | MS_REC, NULL) < 0)
        return fail("bind rootfs %s", rootfs);
    EACH("mount", r) if (mount_one(rootfs, r) < 0) return -1;
    EACH("dev", r) if (make_device(rootfs, r) < 0) return -1;
    EACH("symlink", r) {
        char link[PATH_MAX];
        snprintf(link, sizeof link, "%s%s", rootfs, FIELD(r, 2));
        if (symlink(FIELD(r, 1), link) < 0 && errno != EEXIST)
            return fail("symlink %s -> %s", link, FIELD(r, 1));
    }
    return 0;
}

static int pivot(const char *rootfs)
{
    stage = "pivot_root"; /* pivot_root(".", ".") stacks the old root under the new one; detach it */
    if (chdir(rootfs) < 0 || syscall(SYS_pivot_root, ".", ".") < 0 || umount2(".", MNT_DETACH) < 0 || chdir("/") < 0)
        return fail("pivot_root into %s", rootfs);
    return 0;
}

static int remount_ro(const char *path)
{
    struct statvfs sv;
    unsigned long keep = 0;
    if (statvfs(path, &sv) == 0) /* locked flags must be repeated on remount */
        keep = sv.f_flag & (MS_NOSUID | MS_NODEV | MS_NOEXEC);
    if (mount(NULL, path, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | keep, NULL) < 0)
        return fail("remount %s read-only", path);
    return 0;
}

static int finish_rootfs(void)
{
    stage = "paths";
    EACH("ro", r) {
        if (mount(r->f[1], r->f[1], NULL, MS_BIND | MS_REC, NULL) < 0) {
            if (errno == ENOENT)
                continue;
            return fail("bind %s", r->f[1]);
        }
        if (remount_ro(r->f[1]) < 0)
            return -1;
    }
    EACH("mask", r) {
        struct stat st;
        if (stat(r->f[1], &st) < 0)
            continue;
        int rc = S_ISDIR(st.st_mode) ? mount("tmpfs", r->f[1], "tmpfs", MS_RDONLY, NULL)
                                     : mount("/dev/null", r->f[1], NULL, MS_BIND, NULL);
        if (rc < 0)
            return fail("mask %s", r->f[1]);
    }
    if (get("rootro") && remount_ro("/") < 0)
        return -1;
    return 0;
}

/* ---- container init: identity ------------------------------------------------------------------ */
static int apply_process_limits(void)
{
    stage = "limits";
    EACH("rlimit", r) {
        struct rlimit rl = { strtoull(FIELD(r, 2), NULL, 10), strtoull(FIELD(r, 3), NULL, 10) };
        if (setrlimit(atoi(r->f[1]), &rl) < 0)
            return fail("setrlimit %s", r->f[1]);
    }
    const char *oom = get("oomscore");
    if (oom && write_file("/proc/self/oom_score_adj", oom) < 0)
        return -1;
    EACH("sysctl", r) {
        char path[PATH_MAX];
        int n = snprintf(path, sizeof path, "/proc/sys/%s", FIELD(r, 1));
        for (int i = 10; i < n; i++)
            if (path[i] == '.')
                path[i] = '/';
        if (write_file(path, FIELD(r, 2)) < 0)
            return -1;
    }
    return 0;
}

/* Capabilities (hex masks: bounding, effective, inheritable, permitted, ambient). The bounding set needs
 * CAP_SETPCAP, so it is dropped before switching to a non-root user; the rest is set after the switch. */
static int apply_caps(int after_user)
{
    struct record *r = NULL;
    uint64_t c[6] = { 0 };
    EACH("caps", x) r = x;
    for (int i = 1; r && i < 6; i++)
        c[i] = strtoull(FIELD(r, i), NULL, 16);
    for (int cap = 0; r && !after_user && cap < 64; cap++) /* EINVAL: past the kernel's last capability */
        if (!(c[1] & (1ULL << cap)) && prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 && errno != EINVAL)
            return fail("drop bounding capability %d", cap);
    if (!r || !after_user)
        return 0;
    struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
    struct __user_cap_data_struct data[2] = { { (uint32_t)c[2], (uint32_t)c[4], (uint32_t)c[3] },
                                              { (uint32_t)(c[2] >> 32), (uint32_t)(c[4] >> 32), (uint32_t)(c[3] >> 32) } };
    if (syscall(SYS_capset, &hdr, data) < 0)
        return fail("capset");
    for (int cap = 0; cap < 64; cap++) /* like runc, skip ambient ones the inheritable set does not allow */
        if ((c[5] & (1ULL << cap)) && prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, cap, 0, 0) < 0 && errno != EPERM)
            return fail("raise ambient capability %d", cap);
    return 0;
}

static char **collect(const char *key)
{
    int n = 0, i = 0;
    EACH(key, r) n++;
    char **v = calloc((size_t)n + 1, sizeof(char *));
    EACH(key, r) v[i++] = FIELD(r, 1);
    return v;
}

static int set_identity(void)
{
    stage = "user";
    struct record *u = NULL;
    EACH("user", r) u = r;
    if (apply_caps(0) < 0)
        return -1;
    if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) < 0)
        return fail("keep capabilities");
    if (u) {
        uid_t uid = (uid_t)strtoul(FIELD(u, 1), NULL, 10);
        gid_t gid = (gid_t)strtoul(FIELD(u, 2), NULL, 10);
        static gid_t groups[4096];
        size_t ng = 0;
        EACH("group", g) if (ng < sizeof groups / sizeof groups[0]) groups[ng++] = (gid_t)strtoul(g->f[1], NULL, 10);
        if (setgroups(ng, groups) < 0 || setresgid(gid, gid, gid) < 0 || setresuid(uid, uid, uid) < 0)
            return fail("switch to uid %u, gid %u and %zu groups", uid, gid, ng);
    }
    if (prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0) < 0)
        return fail("reset keep capabilities");
    stage = "capabilities";
    if (apply_caps(1) < 0)
        return -1;
    if (get("nonewprivs") && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        return fail("no_new_privs");
    const char *cwd = get("cwd");
    stage = "cwd";
    if (cwd && chdir(cwd) < 0)
        return fail("chdir %s", cwd);
    return 0;
}

/* ---- exec -------------------------------------------------------------------------------------- */
/* Finds argv[0] the way runc does, so a missing program fails at create with runc's message. */
static int resolve(const char *name, char **env, char *out)
{
    struct stat st;
    stage = "exec";
    if (!name || !*name)
        return errno = EINVAL, fail("no process args");
    if (strchr(name, '/')) {
        if (stat(name, &st) < 0)
            return fail("exec: \"%s\": stat %s", name, name);
        snprintf(out, PATH_MAX, "%s", name);
        return 0;
    }
    const char *path = DEFAULT_PATH;
    for (char **e = env; *e; e++)
        if (!strncmp(*e, "PATH=", 5))
            path = *e + 5;
    for (const char *p = path; *p;) {
        const char *colon = strchr(p, ':');
        size_t len = colon ? (size_t)(colon - p) : strlen(p);
        snprintf(out, PATH_MAX, "%.*s/%s", (int)len, p, name);
        if (stat(out, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111))
            return 0;
        p += len + (colon ? 1 : 0);
    }
    errno = 0;
    return fail("exec: \"%s\": executable file not found in $PATH", name);
}

/* ---- terminal ---------------------------------------------------------------------------------- */
static int send_fd(int sock, int fd)
{
    char byte = 'T', cbuf[CMSG_SPACE(sizeof(int))];
    struct iovec iov = { &byte, 1 };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof cbuf };
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &fd, sizeof(int));
    return sendmsg(sock, &msg, 0) < 0 ? fail("send terminal") : 0;
}

/* Opens a pty from the devpts visible now and makes its slave this process's controlling terminal. */
static int open_terminal(int *master)
{
    stage = "terminal";
    int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m < 0 || grantpt(m) < 0 || unlockpt(m) < 0)
        return fail("open /dev/ptmx");
    int s = open(ptsname(m), O_RDWR | O_NOCTTY);
    if (s < 0)
        return fail("open %s", ptsname(m));
    struct winsize ws;
    if (ioctl(1, TIOCGWINSZ, &ws) == 0)
        ioctl(s, TIOCSWINSZ, &ws);
    if (setsid() < 0 || ioctl(s, TIOCSCTTY, 0) < 0)
        return fail("set controlling terminal");
    for (int fd = 0; fd < 3; fd++)
        dup2(s, fd);
    if (s > 2)
        close(s);
    *master = m;
    return 0;
}

/* ---- namespaces -------------------------------------------------------------------------------- */
static const struct { const char *name; int flag; } NS[] = {
    { "ipc", CLONE_NEWIPC }, { "uts", CLONE_NEWUTS }, { "net", CLONE_NEWNET },
    { "pid", CLONE_NEWPID }, { "cgroup", CLONE_NEWCGROUP }, { "mnt", CLONE_NEWNS },
};

static int ns_flag(const char *name)
{
    for (size_t i = 0; i < sizeof NS / sizeof NS[0]; i++)
        if (!strcmp(name, NS[i].name))
            return NS[i].flag;
    return 0;
}

static int join_ns(const char *path, int flag)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail("open namespace %s", path);
    int rc = setns(fd, flag);
    close(fd);
    return rc < 0 ? fail("setns %s", path) : 0;
}

static int cloned_into_cgroup; /* set before the clone, so the child's copy tells it */

/* v1: "0" into each hierarchy's tasks file moves just this (single) thread, which skips the
 * threadgroup rwsem and its RCU grace period; a v2 cgroup was joined by clone3 already. */
static int join_cgroups(void)
{
    stage = "cgroup";
    EACH("cgroup", r) if (write_file(r->f[1], "0") < 0) return -1;
    const char *dir = get("cgroupdir");
    if (dir && !cloned_into_cgroup) {
        char procs[PATH_MAX];
        snprintf(procs, sizeof procs, "%s/cgroup.procs", dir);
        return write_file(procs, "0");
    }
    return 0;
}

/* clone3 with CLONE_INTO_CGROUP when a v2 cgroup is named (kernel >= 5.7); plain clone otherwise. */
static pid_t clone_container(unsigned long flags)
{
    const char *dir = get("cgroupdir");
    if (dir) {
        int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return fail("open cgroup %s", dir);
        struct { uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls, set_tid,
                 set_tid_size, cgroup; } args = { (flags & ~0xffUL) | 0x200000000ULL, 0, 0, 0, SIGCHLD, 0, 0, 0, 0, 0,
                 (uint64_t)fd };
        cloned_into_cgroup = 1;
        pid_t pid = (pid_t)syscall(SYS_clone3, &args, sizeof args);
        int e = errno;
        if (pid != 0)
            close(fd);
        if (pid >= 0 || (e != ENOSYS && e != E2BIG && e != EINVAL)) {
            errno = e;
            return pid;
        }
        cloned_into_cgroup = 0;
    }
    return (pid_t)syscall(SYS_clone, flags, NULL, NULL, NULL, 0);
}

/* ---- container init ---------------------------------------------------------------------------- */
/* The child answers the JVM itself (fd 4) until it is created, then closes it: one hop less. */
static void init_fail(int sock)
{
    char msg[sizeof err + 1];
    int n = snprintf(msg, sizeof msg, "E%s", err);
    report("error %s", err);
    if (send(sock, msg, (size_t)n, 0) < 0) { /* supervisor gone */ }
    _exit(127);
}

/* Everything up to the exec; the caller reports a failure to the supervisor. */
static int init_steps(int out, int errp, int *start)
{
    const char *rootfs = get("rootfs"), *host = get("hostname");
    char path[PATH_MAX];
    if (join_cgroups() < 0)
        return -1;
    stage = "namespaces";
    EACH("ns", r) /* a shared PID namespace was joined by the supervisor */
        if (r->n > 2 && *r->f[2] && ns_flag(r->f[1]) != CLONE_NEWPID && join_ns(r->f[2], ns_flag(r->f[1])) < 0)
            return -1;
    stage = "stdio";
    int null = open("/dev/null", O_RDONLY);
    if (out >= 0 && (null < 0 || dup2(null, 0) < 0 || dup2(out, 1) < 0 || dup2(errp, 2) < 0))
        return fail("redirect stdio");
    snprintf(path, sizeof path, "%s/start", state_dir);
    if (get("wait") && (*start = open(path, O_RDWR | O_CLOEXEC)) < 0) /* RDWR: open never blocks, read does */
        return fail("open %s", path);
    if (!rootfs)
        return errno = 0, fail("no rootfs");
    if (prepare_rootfs(rootfs) < 0 || pivot(rootfs) < 0 || finish_rootfs() < 0)
        return -1;
    stage = "hostname";
    if (host && sethostname(host, strlen(host)) < 0)
        return fail("sethostname %s", host);
    return 0;
}

/* The last steps, shared by a container's init and an exec: terminal, limits, program, identity, exec. */
static void exec_process(int sock, int start)
{
    char exe[PATH_MAX], b;
    char **args = collect("arg"), **env = collect("env");
    int master = -1;
    if (get("terminal") && (open_terminal(&master) < 0 || send_fd(sock, master) < 0))
        init_fail(sock);
    if (master >= 0)
        close(master);
    if (apply_process_limits() < 0 || resolve(args[0], env, exe) < 0 || set_identity() < 0)
        init_fail(sock);
    report("ok");
    close(REPORT_FD); /* a closed fd makes report() a no-op from here on */
    close(CONFIG_FD);
    stage = "start";
    if (start >= 0 && read(start, &b, 1) != 1) {
        fail("wait for start");
        init_fail(sock);
    }
    execve(exe, args, env);
    stage = "exec";
    fail("exec: \"%s\"", args[0]);
    init_fail(sock);
}

static void container_init(int sock, int out, int errp)
{
    int start = -1;
    if (init_steps(out, errp, &start) < 0)
        init_fail(sock);
    exec_process(sock, start);
}

static void exec_child(int sock, int out, int errp)
{
    (void)out, (void)errp;
    exec_process(sock, -1);
}

/* ---- supervisor -------------------------------------------------------------------------------- */
struct stream { int fd; const char *name; char buf[16384]; size_t len; };

static int log_fd = -1;

/* CRI log format: "<RFC3339Nano> <stream> <F|P> <content>\n"; P marks a line split by the buffer. */
static void emit(struct stream *s, const char *line, size_t len, int full)
{
    char head[96];
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    size_t h = strftime(head, sizeof head, "%Y-%m-%dT%H:%M:%S", gmtime_r(&ts.tv_sec, &tm));
    h += (size_t)snprintf(head + h, sizeof head - h, ".%09ldZ %s %c ", ts.tv_nsec, s->name, full ? 'F' : 'P');
    struct iovec iov[3] = { { head, h }, { (void *)line, len }, { "\n", 1 } };
    if (writev(log_fd, iov, 3) < 0)
        log_line("could not write the container log");
}

static void pump_log(struct stream *s, int eof)
{
    size_t start = 0;
    for (size_t i = 0; i < s->len; i++)
        if (s->buf[i] == '\n') {
            emit(s, s->buf + start, i - start, 1);
            start = i + 1;
        }
    memmove(s->buf, s->buf + start, s->len - start);
    s->len -= start;
    if (s->len == sizeof s->buf || (eof && s->len > 0)) {
        emit(s, s->buf, s->len, eof);
        s->len = 0;
    }
}

/* Reads what is there; returns 0 when the stream ended. */
static int drain(struct stream *s, int relay_to)
{
    ssize_t r = read(s->fd, s->buf + s->len, sizeof s->buf - s->len);
    if (r < 0 && (errno == EINTR || errno == EAGAIN))
        return 1;
    if (r <= 0) {
        if (log_fd >= 0)
            pump_log(s, 1);
        close(s->fd);
        s->fd = -1;
        return 0;
    }
    if (relay_to >= 0) {
        write_all(relay_to, s->buf, (size_t)r);
        return 1;
    }
    s->len += (size_t)r;
    pump_log(s, 0);
    return 1;
}

static void write_exit(int status, int64_t started, int64_t finished, const char *error)
{
    char path[PATH_MAX], tmp[PATH_MAX], body[2600];
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    int n = snprintf(body, sizeof body, "exitCode=%d\nsignal=%d\nstartedAt=%lld\nfinishedAt=%lld\nerror=%s\n",
                     code, sig, (long long)started, (long long)finished, error);
    snprintf(path, sizeof path, "%s/exit", state_dir);
    snprintf(tmp, sizeof tmp, "%s/exit.tmp", state_dir);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || write_all(fd, body, (size_t)n) < 0 || close(fd) < 0 || rename(tmp, path) < 0)
        log_line("could not record the exit status");
}

/* One message from the child: 'T' + a terminal fd (SCM_RIGHTS), 'C' created, 'E' + error; 0 at EOF. */
static char recv_msg(int sock, int *fd, char *text, size_t size)
{
    char msg[sizeof err + 1], cbuf[CMSG_SPACE(sizeof(int))];
    struct iovec iov = { msg, sizeof msg - 1 };
    struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof cbuf };
    ssize_t r;
    while ((r = recvmsg(sock, &mh, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR)
        ;
    if (r <= 0)
        return 0;
    msg[r] = 0;
    if (msg[0] == 'T' && CMSG_FIRSTHDR(&mh))
        memcpy(fd, CMSG_DATA(CMSG_FIRSTHDR(&mh)), sizeof(int));
    if (msg[0] == 'E')
        snprintf(text, size, "%s", msg + 1);
    return msg[0];
}

static int supervise(pid_t child, int sock, struct stream *out, struct stream *errs, int sigfd, int foreground)
{ /* returns the exit code; with a state directory it is also written to <state>/exit */
    struct stream term = { -1, "stdout", {0}, 0 };
    struct termios saved;
    int raw = 0, status = 0, exited = 0, in = -1;
    int64_t started = 0, finished = 0;
    char error[sizeof err] = "", m;
    for (;;) {
        struct pollfd p[6] = { { sigfd, POLLIN, 0 }, { sock, POLLIN, 0 }, { out->fd, POLLIN, 0 },
                               { errs->fd, POLLIN, 0 }, { term.fd, POLLIN, 0 }, { in, POLLIN, 0 } };
        int open_streams = out->fd >= 0 || errs->fd >= 0 || term.fd >= 0;
        if (exited && (!open_streams || poll(p + 2, 3, 200) <= 0))
            break; /* a process outside our PID namespace may hold a pipe: do not wait for it forever */
        if (!exited && poll(p, 6, -1) < 0 && errno != EINTR)
            return fail("poll");
        if (p[0].revents & POLLIN) {
            struct signalfd_siginfo si;
            if (read(sigfd, &si, sizeof si) == sizeof si && si.ssi_signo != SIGCHLD)
                kill(child, (int)si.ssi_signo);
            while (!exited && waitpid(child, &status, WNOHANG) == child) {
                exited = 1;
                finished = now_ns();
            }
        }
        if (p[1].revents && (m = recv_msg(sock, &term.fd, error, sizeof error)) == 'T' && foreground) {
            in = 0; /* relay our stdin to the terminal, raw if it is one */
            if (isatty(0) && tcgetattr(0, &saved) == 0) {
                struct termios t = saved;
                cfmakeraw(&t);
                raw = tcsetattr(0, TCSANOW, &t) == 0;
            }
        } else if (p[1].revents && !m) {
            if (!*error)
                started = now_ns(); /* the close-on-exec socket closed: execve succeeded */
            close(sock);
            sock = -1;
        }
        struct stream *st[3] = { out, errs, &term };
        for (int i = 0; i < 3; i++) /* in the foreground, stdout/stderr relay to ours, else to the log */
            if (p[i + 2].revents)
                drain(st[i], foreground ? (i == 1 ? 2 : 1) : -1);
        char b[4096];
        ssize_t r = p[5].revents ? read(0, b, sizeof b) : 0;
        if (r > 0)
            write_all(term.fd, b, (size_t)r);
        else if (p[5].revents)
            in = -1;
    }
    if (raw)
        tcsetattr(0, TCSANOW, &saved);
    if (*state_dir)
        write_exit(status, started, finished ? finished : now_ns(), error);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* Clones the child (container init or exec'd process), waits until it is ready, reports, supervises. */
static int run_supervised(unsigned long flags, int foreground, void (*child_main)(int, int, int))
{
    int sp[2], o[2] = { -1, -1 }, e[2] = { -1, -1 };
    const char *logpath = get("log");
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sp) < 0)
        return fail("socketpair");
    if (logpath) {
        log_fd = open(logpath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
        if (log_fd < 0)
            return fail("open log %s", logpath);
        if (!get("terminal") && (pipe2(o, O_CLOEXEC) < 0 || pipe2(e, O_CLOEXEC) < 0))
            return fail("pipe");
    }
    sigset_t mask;
    sigemptyset(&mask);
    int fwd[] = { SIGCHLD, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGWINCH };
    for (size_t i = 0; i < (foreground ? sizeof fwd / sizeof fwd[0] : 1); i++)
        sigaddset(&mask, fwd[i]);
    sigprocmask(SIG_BLOCK, &mask, NULL);
    int sigfd = signalfd(-1, &mask, SFD_CLOEXEC);
    stage = "clone";
    pid_t child = clone_container(flags);
    if (child < 0)
        return fail("clone 0x%lx", flags);
    if (child == 0) {
        sigprocmask(SIG_UNBLOCK, &mask, NULL);
        close(sp[0]);
        child_main(sp[1], o[1], e[1]);
    }
    close(sp[1]);
    if (o[1] >= 0)
        close(o[1]), close(e[1]);
    report("pid %d %d", child, getpid());
    close(REPORT_FD);
    close(CONFIG_FD);
    if (!foreground) {
        int null = open("/dev/null", O_RDWR);
        dup2(null, 0), dup2(null, 1), dup2(null, 2);
    }
    struct stream out = { o[0], "stdout", {0}, 0 }, errs = { e[0], "stderr", {0}, 0 };
    return supervise(child, sp[0], &out, &errs, sigfd, foreground);
}

static int create_container(void)
{
    int foreground = get("foreground") != NULL;
    unsigned long flags = SIGCHLD;
    char fifo[PATH_MAX];
    stage = "supervisor";
    snprintf(fifo, sizeof fifo, "%s/start", state_dir);
    if (get("wait") && mkfifo(fifo, 0600) < 0 && errno != EEXIST)
        return fail("mkfifo %s", fifo);
    if (!foreground && setsid() < 0)
        return fail("setsid");
    prctl(PR_SET_NAME, "jetpod-sup", 0, 0, 0);
    stage = "namespaces";
    EACH("ns", r) {
        if (r->n < 3 || !*r->f[2])
            flags |= (unsigned long)ns_flag(r->f[1]);
        else if (ns_flag(r->f[1]) == CLONE_NEWPID && join_ns(r->f[2], CLONE_NEWPID) < 0)
            return -1; /* the pod's shared PID namespace applies to our children */
    }
    int rc = run_supervised(flags, foreground, container_init);
    return rc < 0 ? rc : 0;
}

/* ---- exec into a running container -------------------------------------------------------------- */
static int exec_in_container(void)
{
    const char *target = get("target");
    int nsfd[sizeof NS / sizeof NS[0]];
    char path[PATH_MAX];
    stage = "namespaces";
    for (size_t i = 0; i < sizeof NS / sizeof NS[0]; i++) { /* open all before entering the mount ns */
        snprintf(path, sizeof path, "/proc/%s/ns/%s", target ? target : "0", NS[i].name);
        if ((nsfd[i] = open(path, O_RDONLY | O_CLOEXEC)) < 0)
            return fail("open %s", path);
    }
    if (join_cgroups() < 0)
        return -1;
    stage = "namespaces";
    for (size_t i = 0; i < sizeof NS / sizeof NS[0]; i++)
        if (setns(nsfd[i], NS[i].flag) < 0)
            return fail("setns %s of pid %s", NS[i].name, target);
    return run_supervised(SIGCHLD, 1, exec_child);
}

/* ---- pod sandbox namespaces -------------------------------------------------------------------- */
static int loopback_up(void)
{
    struct ifreq ifr = { .ifr_name = "lo" };
    int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (s < 0 || ioctl(s, SIOCGIFFLAGS, &ifr) < 0)
        return fail("read flags of lo");
    ifr.ifr_flags |= IFF_UP;
    if (ioctl(s, SIOCSIFFLAGS, &ifr) < 0)
        return fail("bring lo up");
    return close(s);
}

static int create_sandbox(void)
{
    int flags = 0, pid_ns = 0;
    stage = "unshare";
    EACH("ns", r) {
        pid_ns |= ns_flag(r->f[1]) == CLONE_NEWPID;
        flags |= ns_flag(r->f[1]) & ~CLONE_NEWPID;
    }
    if (unshare(flags) < 0)
        return fail("unshare 0x%x", flags);
    const char *host = get("hostname");
    stage = "hostname";
    if (host && (flags & CLONE_NEWUTS) && sethostname(host, strlen(host)) < 0)
        return fail("sethostname %s", host);
    stage = "network";
    if ((flags & CLONE_NEWNET) && loopback_up() < 0)
        return -1;
    pid_t init = 0;
    if (pid_ns) {
        stage = "pid";
        if (unshare(CLONE_NEWPID) < 0 || (init = fork()) < 0)
            return fail("start the pod's PID namespace init");
        if (init == 0) { /* PID 1 of the pod, like a pause process: ignoring SIGCHLD reaps its orphans */
            setsid();
            prctl(PR_SET_NAME, "jetpod-podinit", 0, 0, 0);
            syscall(SYS_close_range, 0, ~0U, 0);
            signal(SIGCHLD, SIG_IGN);
            for (;;)
                pause();
        }
    }
    report("ok %d %d", getpid(), init);
    char b;
    while (read(CONFIG_FD, &b, 1) > 0) /* the JVM closes its end once the namespace files are bound */
        ;
    return 0;
}

/* Runs one request; returns the process exit code. */
static int run_mode(int forked)
{
    const char *mode = get("mode"), *sd = get("state");
    state_dir = sd ? sd : "";
    int rc;
    if (mode && !strcmp(mode, "create")) {
        pid_t sup = forked ? 0 : fork(); /* the supervisor must not be the JVM's child, so it outlives it */
        if (sup != 0)
            _exit(sup > 0 ? 0 : (report("error fork supervisor: %s", strerror(errno)), 1));
        rc = create_container();
    } else if (mode && !strcmp(mode, "exec")) {
        rc = exec_in_container();
        if (rc >= 0)
            return rc;
    } else if (mode && !strcmp(mode, "sandbox")) {
        rc = create_sandbox();
    } else {
        errno = EINVAL;
        rc = fail("unknown mode '%s'", mode ? mode : "");
    }
    if (rc < 0) {
        log_line(err);
        report("error %s", err);
        return mode && !strcmp(mode, "exec") ? 126 : 1;
    }
    return 0;
}

/*
 * "serve": a resident, tiny process the JVM keeps so that creating a container costs a fork instead of
 * a spawn and an exec. Each request on the socket at fd 3 is a config with the report pipe attached
 * (SCM_RIGHTS); the forked child becomes the container's supervisor. EOF: the JVM is gone.
 */
static int serve(void)
{
    static char buf[1 << 18];
    prctl(PR_SET_NAME, "jetpod-zygote", 0, 0, 0);
    signal(SIGCHLD, SIG_IGN); /* children are supervisors: never reaped by us */
    for (;;) {
        int fd = -1;
        char cbuf[CMSG_SPACE(sizeof fd)];
        struct iovec iov = { buf, sizeof buf };
        struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof cbuf };
        ssize_t r = recvmsg(CONFIG_FD, &mh, MSG_CMSG_CLOEXEC);
        if (r <= 0 && !(r < 0 && errno == EINTR))
            return 0;
        if (r > 0 && CMSG_FIRSTHDR(&mh))
            memcpy(&fd, CMSG_DATA(CMSG_FIRSTHDR(&mh)), sizeof fd);
        if (fd >= 0 && fork() == 0) {
            signal(SIGCHLD, SIG_DFL);
            dup2(fd, REPORT_FD);
            dup2(0, CONFIG_FD); /* /dev/null: keep fd 3 taken, the request has no config stream */
            syscall(SYS_close_range, REPORT_FD + 1, ~0U, 0);
            if (parse_config(buf, (size_t)r) < 0) {
                report("error %s", err);
                _exit(1);
            }
            _exit(run_mode(1));
        }
        if (fd >= 0)
            close(fd);
    }
}

int main(int argc, char **argv)
{
    syscall(SYS_close_range, REPORT_FD + 1, ~0U, 0);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (argc > 1 && !strcmp(argv[1], "serve"))
        return serve();
    if (read_config() < 0) {
        report("error %s", err);
        return 1;
    }
    return run_mode(0);
}
