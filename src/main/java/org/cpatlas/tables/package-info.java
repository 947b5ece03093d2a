/**
 * Tables of figures out of the atlas: the one tabular model ({@link org.cpatlas.tables.DataTable}: columns, rows,
 * cells of words or of figures that carry their sources and flags) and its writers, used alike by the window (copy,
 * export, the data view) and the command line ({@code --format csv|xlsx}).
 *
 * <h2>What it owns</h2>
 * <ul>
 *   <li>{@link org.cpatlas.tables.RegionTables}: the atlas's tables (regions, Table 1's region-province pairs, a
 *       region's provinces, figures and counties, every figure, two regions side by side);</li>
 *   <li>{@link org.cpatlas.tables.FigureWords}: how a figure reads in English or Chinese, wherever it is shown: printed
 *       digits, the unit a reader expects (万人, "× 10,000 people"), the qualifiers the source printed ("less than
 *       10 %", "more than 16,000", ambiguous), "not reported" never 0;</li>
 *   <li>{@link org.cpatlas.tables.FlatTable}: the one spreadsheet layout (value, unit, year and scope, one column per
 *       flag, sources) that {@link org.cpatlas.tables.TsvWriter} (clipboard), {@link org.cpatlas.tables.CsvTableWriter}
 *       (UTF-8, byte-order mark by default) and {@link org.cpatlas.tables.XlsxTableWriter} (a sheet of sources) write;</li>
 *   <li>{@link org.cpatlas.tables.SpreadsheetText}: cells starting with = + - @ written so no spreadsheet runs them.</li>
 * </ul>
 * Writers write to a stream; files are written all-or-nothing by {@link org.cpatlas.print.TableFiles}.
 *
 * <h2>What it may not use</h2>
 * Part of the core: no JavaFX, nothing of {@code ui}, {@code map}, {@code cli}, {@code app} or {@code print}; it reads
 * the domain records and the map layers' attributes ({@code geo}), never the database.
 */
package org.cpatlas.tables;
