package org.cpatlas.files;

import java.util.Objects;

/**
 * What a write for the user may replace: never a file in use, and an existing file of another kind only when the
 * user confirmed it ({@code --force} on the command line, a question in the window).
 *
 * @param inUse          the files the atlas is using
 * @param replaceAnyKind true when the user confirmed that an existing file of another kind may be replaced
 */
public record WriteRules(FilesInUse inUse, boolean replaceAnyKind) {

    public WriteRules {
        Objects.requireNonNull(inUse, "inUse");
    }

    /** The running program kept, nothing else in use, nothing of another kind replaced. */
    public static WriteRules standard() {
        return new WriteRules(FilesInUse.runningProgram(), false);
    }

    /** The same files in use, with the user's confirmation that a file of another kind may be replaced. */
    public WriteRules confirmed() {
        return new WriteRules(inUse, true);
    }
}
