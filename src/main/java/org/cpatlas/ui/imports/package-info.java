/**
 * Importing a table in the window: the import dialog with its preview (first rows, how the file was read, the key
 * and level, each column's name, unit, year and counts, the match report), drag and drop of a file onto the window,
 * and the Datasets dialog that lists and removes imports. {@link org.cpatlas.ui.imports.ImportViewModel} holds the
 * logic (reading and matching through {@code org.cpatlas.imports}, storing through the store's
 * {@code DatasetRepository}); the dialogs only bind to it.
 * The file chooser, the frame with Import and Cancel, the sheet, encoding and column pickers and the first rows are
 * shared with the county list import ({@code ui.tablefile}).
 */
package org.cpatlas.ui.imports;
