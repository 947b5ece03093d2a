/**
 * The embedded SQLite store of figures: schema migrations, CSV import, and the queries the UI and CLI share.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * try (AtlasStore store = AtlasStore.open(null)) {          // or AtlasStoreOpener.withBundledData().open(path)
 *     store.warnings().forEach(ui::showBanner);              // fallbacks and moved-aside files, in words
 *     AtlasRepository atlas = store.repository();
 *     List<RegionSummary> regions = atlas.regions();
 *     RegionProfile liupan = atlas.regionProfile("liupan").orElseThrow();
 * }
 * }</pre>
 *
 * <h2>The data files ({@code data/*.csv}, UTF-8, RFC 4180, header on line 1)</h2>
 * <ul>
 *   <li>{@code regions.csv}: code, seq, name_zh, name_en, table1_label (maintained with the maps).</li>
 *   <li>{@code provinces.csv}: code (2 digits), name_zh, name_zh_short, name_en, table1_label.</li>
 *   <li>{@code documents.csv}: id, citation (full reference), short_citation (author and year, "Wang, Li &amp; He
 *       (2014)", which every one-line citation starts with), url, note: one row per document.</li>
 *   <li>{@code sources.csv}: id, document_id, location (the place as a reader finds it in the published document:
 *       table and row, section and paragraph, page; a line number or file name of our copy is refused), quote (exact
 *       printed words; table cells separated by one space), url, trace (maintainers only, never shown: where the
 *       words were read in our copy, e.g. the seed text and its line). A source needs a quote or a URL.</li>
 *   <li>{@code indicators.csv}: code, name_en, name_zh, description.</li>
 *   <li>{@code table1_region_rates.csv}: region_code, urbanization_rate_pct (empty = not reported), source_id, note.
 *       One row per region.</li>
 *   <li>{@code table1_province_rows.csv}: region_code, province_code, province_rate_pct, gap_pp_printed (empty = not
 *       printed), source_id, note. One row per Table 1 line, in the paper's order; these rows are also the
 *       region-province pairs. The computed gap and the CONFLICT flag are derived by the importer.</li>
 *   <li>{@code figures.csv}: id, indicator, subject_kind (country, all_regions, region, province, region_province,
 *       prefecture, survey), region_code, province_code, subject, year (four digits or empty), value (plain decimal
 *       as printed, empty = not reported), value_text (for figures that are words), unit, scope, flags
 *       (;-separated: AMBIGUOUS, LOWER_BOUND, UPPER_BOUND, PARTIAL, INFERRED, CONFLICT), source_id, note.</li>
 * </ul>
 * Decimals are stored as the printed text, so 2.21 stays 2.21 and 35.00 stays 35.00 (at most 15 digits in a data
 * file, {@code PlainDecimal}). Schema 2 (V2) added {@code document.short_citation} and {@code source.trace}.
 *
 * <h2>Opening a database file</h2>
 * {@link org.cpatlas.store.AtlasStoreOpener} opens a {@link org.cpatlas.store.StoreLocation}: a path and whose file it
 * is. The path's links are followed and a file that is not a regular file is refused ({@code DatabaseTarget}); the
 * leftovers of a killed build are deleted ({@code BuildLeftovers}); SQLite's integrity check, then the atlas's own
 * ({@code AtlasDatabaseCheck}: the schema the migration scripts make, {@code ReferenceSchema} and
 * {@code MigrationScripts}; storage classes; references; {@code FigureRules}; the content recorded at build,
 * {@code ContentStamp}). A file that fails is moved aside ({@code MovedAside}, bytes kept, new name in the warning) and
 * built again when it is the atlas's own, and left as it is when the user named it. SQLite's failures reach the user
 * in words ({@code SqliteErrors}), never as a library's message or a class name. Whether the file was built from the
 * bundled data is told by the SHA-256 of that data, remembered by the identity of the jar it is read from
 * ({@code DataChecksumMemo}) so that a start need not hash it.
 *
 * <p>A second, user-owned database (imported datasets, {@code db/userdata}) is checked with the same pieces and never
 * rebuilt, since its content exists nowhere else: {@code new AtlasDatabaseCheck(ReferenceSchema.of(new
 * MigrationScripts(loader, "db/userdata")), itsOwnRules, false)} (no {@code ContentStamp}: its content changes with
 * each import), and when it fails, {@code MovedAside.move} with {@code Reason.INVALID} or {@code DAMAGED} and a
 * warning that names the moved file, then a new empty file.
 *
 * <h2>The user database (imported tables)</h2>
 * Tables users import ({@code org.cpatlas.imports}) are kept in a database of their own beside the atlas database
 * ({@link org.cpatlas.store.UserDataLocation}: {@code atlas.db} → {@code datasets.db}, {@code my.db} →
 * {@code my.datasets.db}), never in the atlas database, which is rebuilt from the bundled data whenever that changes
 * or the file is damaged. Opened by {@link org.cpatlas.store.UserDataOpener} (its own classes, its own Flyway
 * location {@code db/userdata} with migrations {@code U1, U2, ...} and history table
 * {@code userdata_schema_history}): a damaged file is moved aside with its bytes and named in a warning, never
 * rebuilt; a read-only or newer one is shown read-only; a locked or foreign one is left alone. Read and written
 * through {@link org.cpatlas.store.DatasetRepository}: one transaction per import or removal, the file's SHA-256
 * checked again before the commit, a cancel or a failure storing nothing. Every imported value keeps its file, row,
 * cell and the cell's text; {@link org.cpatlas.store.IndicatorCatalog} puts bundled and imported indicators together.
 * The datasets and the membership lists ({@code MembershipRepository}) reach the file through one package-private
 * {@code UserDatabaseAccess}: its queries, its transactions (all or nothing), the refusal to write a file that cannot
 * be written and the words of every failure, so that both say the same thing.
 *
 * <p>May import: {@code domain}, {@code files} (part files, cached copies), JDBC, sqlite-jdbc, Flyway, SLF4J. Never
 * JavaFX or any package above it.
 */
package org.cpatlas.store;
