package dev.jetpod.testkit;

/** A test JVM that starts etcd and exits without closing it (as a fixture that failed half-way would). */
public final class LeakyEtcdMain {
    private LeakyEtcdMain() {
    }

    public static void main(String[] args) {
        EtcdProcess etcd = EtcdProcess.startNew();
        System.out.println(etcd.pid() + " " + etcd.endpoint());
        System.out.flush();
        System.exit(0);
    }
}
