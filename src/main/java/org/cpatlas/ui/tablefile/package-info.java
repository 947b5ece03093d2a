/**
 * The pieces the window's dialogs that read a user's table file share (the table import in {@code ui.imports}, the
 * county list import in {@code ui.membership}): the file chooser ({@link org.cpatlas.ui.tablefile.TableFileChooser}),
 * the one work thread and failures in words ({@link org.cpatlas.ui.tablefile.BackgroundWork}), the dialog's frame
 * with its message, progress, Import and Cancel and the store that runs off the JavaFX thread
 * ({@link org.cpatlas.ui.tablefile.ImportDialogFrame}), the sheet and encoding pickers
 * ({@link org.cpatlas.ui.tablefile.ReadingPickers}), a column picker ({@link org.cpatlas.ui.tablefile.ColumnChoice})
 * and the file's first rows ({@link org.cpatlas.ui.tablefile.FirstRows}). Each dialog keeps its own logic (what is
 * read, planned and stored); these only show and run it.
 *
 * <p>May import: JavaFX, {@code imports} (the table read), {@code ui} ({@code I18n}), {@code store}'s
 * {@code AtlasStoreException} (its words for the user). Never {@code app}, {@code cli}, the store otherwise, nor the
 * packages that use it ({@code ui.imports}, {@code ui.membership}).
 */
package org.cpatlas.ui.tablefile;
