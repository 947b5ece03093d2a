package org.cpatlas.files;

import java.io.IOException;

/**
 * A file the atlas will not write, with the reason in words: "Cannot write X: it is a named pipe, not a file."
 * Only {@link Reason#OTHER_KIND} may be overcome, by the user's confirmation; the front end says how.
 */
public final class WriteRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why the file is not written. */
    public enum Reason {
        /** A folder: a file name is needed. */
        FOLDER,
        /** The folder to write in does not exist. */
        NO_FOLDER,
        /** The folder or the existing file cannot be written. */
        READ_ONLY,
        /** A named pipe, a device, a socket or an open stream of a program: never replaced by a file. */
        NOT_A_FILE,
        /** A symbolic link that leads back to itself, or through too many links. */
        LINK_LOOP,
        /** {@code -}, which stands for standard output where a command allows it. */
        STANDARD_OUTPUT,
        /** The database, the map layers or the program the atlas is running with. */
        IN_USE,
        /** An existing file that holds another kind of content; replaced only when the user confirms. */
        OTHER_KIND
    }

    private final Reason reason;
    private final String detail;

    WriteRefusedException(Reason reason, String message) {
        this(reason, message, message);
    }

    WriteRefusedException(Reason reason, String message, String detail) {
        super(message);
        this.reason = reason;
        this.detail = detail;
    }

    /**
     * What is in the way, as a sentence that a question can follow: "X already holds an SQLite database, not a PDF
     * document." For a refusal that cannot be overcome, the message itself.
     */
    public String detail() {
        return detail;
    }

    public Reason reason() {
        return reason;
    }

    /** Whether the user may choose to replace the file all the same. */
    public boolean confirmable() {
        return reason == Reason.OTHER_KIND;
    }
}
