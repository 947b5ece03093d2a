package org.cpatlas.print;

/** Asked between units of work whether to stop; a JavaFX Task passes {@code task::isCancelled}. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean isCancelled();
}
