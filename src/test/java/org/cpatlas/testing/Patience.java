package org.cpatlas.testing;

import java.time.Duration;

/**
 * How long a test waits before it calls something hung. Tests check behaviour, never speed (speed belongs to
 * {@code bench/}): CI may run while both cores are busy, so no wait in {@code mvn verify} gives up in under 30 s.
 */
public final class Patience {

    /** The longest a test waits for something that should happen "soon" before failing as hung, in seconds. */
    public static final long SECONDS = 60;

    /** {@link #SECONDS} as a duration. */
    public static final Duration HANG = Duration.ofSeconds(SECONDS);

    /** The first call of a fuzz target or a window also loads and compiles classes: it gets longer still. */
    public static final Duration WARM_UP = Duration.ofSeconds(4 * SECONDS);

    private Patience() {
    }
}
