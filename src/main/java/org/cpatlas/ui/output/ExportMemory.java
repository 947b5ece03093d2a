package org.cpatlas.ui.output;

import java.nio.file.Path;
import java.util.Optional;

/** What the export dialog remembers between exports and runs: the last choices and the folder last saved to. */
public interface ExportMemory {

    /** Remembers nothing: every export starts from the dialog's defaults and the working folder. */
    ExportMemory NONE = new ExportMemory() {
        @Override
        public ExportSettings last(ExportSettings defaults) {
            return defaults;
        }

        @Override
        public void remember(ExportSettings chosen) {
        }

        @Override
        public Optional<Path> folder() {
            return Optional.empty();
        }

        @Override
        public void rememberFolder(Path folder) {
        }
    };

    /** The choices of the last export, or {@code defaults} for what was never chosen. */
    ExportSettings last(ExportSettings defaults);

    void remember(ExportSettings chosen);

    /** The folder the last export went to, if any. */
    Optional<Path> folder();

    void rememberFolder(Path folder);
}
