/**
 * Users' own tables into the atlas: reading CSV and XLSX files, matching their key column to the map's counties,
 * provinces or regions, and the preview that says what would be stored before anything is. No JavaFX, no SQL: the
 * store keeps what a plan says ({@code store.DatasetStore}), the window and the command line show the preview.
 *
 * <h2>Reading ({@link org.cpatlas.imports.TableReader})</h2>
 * The format is found from the first bytes, not the name: a ZIP is a workbook (XLSX, read with fastexcel-reader,
 * streamed), an OLE2 file is a password-protected workbook or an old .xls (refused with what to do), anything else is
 * text (CSV, read with Apache Commons CSV). A file named for the other format is read as what it is, with a note in
 * the preview. Text encoding: a byte-order mark, else strict UTF-8, else strict GB18030 (a superset of GBK), else
 * the file is refused; {@code --encoding} overrides. Delimiter: comma, semicolon or tab, whichever splits the first
 * lines into the same number of fields. Cells keep their text exactly; nothing is trimmed away from what is stored as
 * the cell's text. A file of more than {@value org.cpatlas.imports.TableReader#MAX_DATA_ROWS} rows is refused while
 * it is read, so even a file of a million rows is read in bounded memory.
 *
 * <h2>Headers ({@link org.cpatlas.imports.HeaderParser}) and values ({@link org.cpatlas.imports.ValueParser})</h2>
 * {@code 人均GDP(元,2015)} is the indicator 人均GDP in 元 for 2015; the preview lets the user change all three.
 * Values: {@code 1,234.5}, {@code 12.3%}, full-width digits and spaces are read; an empty cell, {@code —}, {@code -},
 * {@code n/a}, spreadsheet errors ({@code #DIV/0!}, {@code #N/A}), dates and other text are <em>not reported</em>,
 * counted per column and never 0. A cell starting with {@code =}, {@code +}, {@code -} or {@code @} that is not a
 * number stays text.
 *
 * <h2>Keys ({@link org.cpatlas.imports.Gazetteer}, {@link org.cpatlas.imports.KeyMatcher})</h2>
 * County keys: a 2012 code of the layer; a code of another year followed through the code-change chain of
 * yescallop/areacodes (vendored in {@code maps/build/inputs}) to exactly one 2012 unit, each such mapping reported;
 * a Chinese name, with or without its suffix (县, 市, 区, 旗, 自治县 and the peoples' names before it), narrowed by a
 * province or prefecture column when there is one. Province and region keys: code, Chinese or English name.
 * Unknown, ambiguous and duplicated keys are reported with their rows, never guessed; the layer's size is never
 * assumed.
 *
 * <h2>Values computed from counties ({@link org.cpatlas.imports.CountyComparison})</h2>
 * A region's value from its member counties, each of its provinces' from all the province's counties on the map, and
 * the whole country's from every mainland county on the map ({@link org.cpatlas.imports.Gazetteer#mainlandCounties()}:
 * the units drawn for Taiwan, Hong Kong and Macao have no 2012 county code and are not counted), all by the same
 * method, each with its coverage; the window and {@code atlas region NAME --indicator CODE} show the same numbers.
 *
 * <h2>Reuse</h2>
 * Reading ({@link org.cpatlas.imports.TableReader}, {@link org.cpatlas.imports.RawTable}) and key matching
 * ({@link org.cpatlas.imports.KeyMatcher}) know nothing of indicators, so that a membership list (county to region)
 * can be read and matched with the same classes.
 *
 * <p>May depend on {@code geo} and {@code domain} only (and on no front end, JavaFX, the store or SQL).
 */
package org.cpatlas.imports;
