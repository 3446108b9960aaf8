package dev.jetpod.jctl.wait;

/** Whether a condition holds for an object now, and what to tell the user about where it stands. */
public record Check(boolean met, String progress) {
    public static Check met(String progress) {
        return new Check(true, progress);
    }

    public static Check notYet(String progress) {
        return new Check(false, progress);
    }
}
