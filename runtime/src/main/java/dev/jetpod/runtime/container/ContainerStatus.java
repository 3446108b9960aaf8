package dev.jetpod.runtime.container;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a caller sees of a container. Exit code, finish time and reason are present once it stopped;
 * {@code message} carries the cause for ContainerCannotRun (e.g. executable file not found).
 */
public record ContainerStatus(String id, String sandboxId, ContainerState state, int pid, Path bundle,
                              Instant createdAt, Optional<Instant> startedAt, Optional<Instant> finishedAt,
                              Optional<Integer> exitCode, Optional<TerminationReason> reason, String message,
                              Path logPath, Map<String, String> annotations) {
}
