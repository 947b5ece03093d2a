package org.cpatlas.core;

/** Receives what a long load is doing, as a fraction done and a message key; callers may ignore it. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (fraction, step) -> { };

    /**
     * @param fraction 0..1
     * @param step     what is being done, as an interface-text key (e.g. "loading.maps")
     */
    void report(double fraction, String step);
}
