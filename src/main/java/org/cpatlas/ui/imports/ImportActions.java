package org.cpatlas.ui.imports;

import java.nio.file.Path;

/** What the window's Data menu and a file dropped on the window do. */
public interface ImportActions {

    /** Opens the import dialog on a file, or asks for one when {@code file} is null. */
    void importTable(Path file);

    /** Opens the list of imported datasets. */
    void showDatasets();
}
