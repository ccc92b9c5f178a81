package io.parley.extract;

import io.parley.model.Extraction;

/** Timed is an extraction together with the time each stage took. */
public record Timed(Extraction extraction, StageTimes times) {
}
