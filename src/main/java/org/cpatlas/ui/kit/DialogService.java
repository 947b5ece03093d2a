package org.cpatlas.ui.kit;

import java.util.Optional;

/**
 * The one way views and view-models tell the user something went wrong or ask a question.
 * Messages say what is wrong and what to do; no stack trace ever reaches a dialog.
 */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Yes/no question; true when the user agrees. */
    boolean confirm(String title, String message, String yes, String no);

    /** A file to write, or empty when the user cancels. */
    Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
            String extension);

    /** A file to write, the chooser opening in {@code folder} when it is given and exists. */
    default Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName,
            String extensionDescription, String extension, Optional<java.nio.file.Path> folder) {
        return chooseSaveFile(title, suggestedName, extensionDescription, extension);
    }
}
