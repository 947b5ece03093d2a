/**
 * Print and export from the window: {@link org.cpatlas.ui.output.DesktopOutput} is the window's
 * {@link org.cpatlas.ui.kit.OutputActions}. It asks what to write ({@code ExportDialog}, with {@code Publishing}'s rows for
 * journal figures, the South China Sea inset, PDF/A and editable SVG text; the choice is an
 * {@link org.cpatlas.ui.output.ExportSettings}), builds the page from the view-model's selection or comparison and
 * the map as shown, and has {@code print}'s writers render it: the same page layouts and writers as the command line,
 * so a file from the window and one from {@code atlas export} are alike. Rendering runs in a JavaFX {@code Task} on a
 * thread of its own, with a progress dialog whose Cancel stops a document of several pages (the atlas, a long sheet)
 * between pages and leaves no file. What an export may not replace (the database and map layers in use, the program)
 * is decided here from what the window has open, and a failure reaches the user as the one sentence {@code print}
 * wrote, through the {@link org.cpatlas.ui.kit.DialogService}. Printing goes through {@code ui.print}.
 * {@link org.cpatlas.ui.output.ExportMemory} is how the dialog's last choices and folder are remembered between runs
 * (kept by {@code ui.settings}).
 *
 * <p>May use {@code print}, {@code render}, {@code files}, {@code ui}, {@code ui.viewmodel}, {@code ui.print} and
 * JavaFX. Never {@code cli} or {@code app}; no drawing of its own and no file written but through {@code print}.
 */
package org.cpatlas.ui.output;
