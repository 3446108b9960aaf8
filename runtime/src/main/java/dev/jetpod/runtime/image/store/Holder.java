package dev.jetpod.runtime.image.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** A user of an image (a container), recorded so that the image cannot be removed under it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Holder(String holder, String image, Instant since) {
}
