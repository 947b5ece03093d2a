package org.cpatlas.print;

/** Receives progress of a long export; the UI wraps it into a JavaFX Task's updateProgress/updateMessage. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, message) -> { };

    /** Called after each unit of work: {@code done} of {@code total}, with what was just finished. */
    void progress(int done, int total, String message);
}
