package dev.jetpod.client.leaderelection;

/**
 * What the elector tells its owner, on the elector's own callback thread (never an event loop), in order.
 * A component starts its work in {@link #onStartedLeading} and must stop it in {@link #onStoppedLeading}: after a
 * lost lease another replica may already be leading.
 */
public interface LeaderCallbacks {
    void onStartedLeading();

    void onStoppedLeading();

    /** The observed leader changed (including to ourselves). */
    default void onNewLeader(String identity) {
    }
}
