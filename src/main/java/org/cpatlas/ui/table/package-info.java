/**
 * The window's tables: a {@link org.cpatlas.tables.DataTable} shown to sort, filter, choose columns of, select and
 * copy ({@link org.cpatlas.ui.table.FigureTableView}), the data view beside the map
 * ({@link org.cpatlas.ui.table.DataView}), and what every table of the window does with its figures: the context menu
 * and Ctrl+C ({@link org.cpatlas.ui.table.TableMenu}), copying to the clipboard and exporting CSV or XLSX off the
 * JavaFX thread ({@link org.cpatlas.ui.table.TableActions}).
 *
 * <p>Views only: the tables come from the view-model, their layout and writing from the core ({@code tables},
 * {@code print.TableFiles}); no SQL, no file format written here. May use {@code ui}, {@code ui.viewmodel},
 * {@code tables} and {@code print}'s table files; nothing of {@code app} or {@code cli}.
 */
package org.cpatlas.ui.table;
