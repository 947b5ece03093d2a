/**
 * The state and commands behind the window's views, with no control in them, as AtlantaFX sampler's and JabRef's
 * view-models: state in {@code ReadOnly*Wrapper}s exposed read-only, arguments checked with
 * {@code Objects.requireNonNull}, so each is tested without a stage.
 *
 * <h2>What it owns</h2>
 * <ul>
 *   <li>{@link org.cpatlas.ui.viewmodel.AtlasViewModel}: the selection, the comparison, the status line and how the
 *       regions are coloured ({@code render.RegionStyling}). A click reads: hit test ({@code geo}) →
 *       {@link org.cpatlas.ui.viewmodel.AtlasViewModel#clickAt} → the region's profile from the store's repository →
 *       {@link org.cpatlas.ui.viewmodel.AtlasViewModel#detailsProperty()}, which the panels bind to. Profiles are
 *       read once per region (all of them just after start), and their wording made once per region and language,
 *       so a click never waits for the database. Also the data view's tables ({@code tables.RegionTables}) and the
 *       search box's matches ({@code RegionSearch}).</li>
 *   <li>{@link org.cpatlas.ui.viewmodel.IndicatorViewModel}: which indicator the map shows and how it is classed
 *       (the picker and class controls bind to it), and how the selected region compares with its provinces on it,
 *       with values computed from counties ({@code imports.CountyComparison}) flagged computed and saying how.</li>
 *   <li>{@link org.cpatlas.ui.viewmodel.MembershipViewModel}: each county's evidence under the county list in force,
 *       and each region's member counties.</li>
 *   <li>What the panels show, as plain records already worded in the interface language, each figure with its source
 *       and "not reported" never 0 ({@code FigureText}, the tables' own words):
 *       {@link org.cpatlas.ui.viewmodel.RegionDetails}, {@link org.cpatlas.ui.viewmodel.ProvinceRow},
 *       {@link org.cpatlas.ui.viewmodel.GapBar}, {@link org.cpatlas.ui.viewmodel.ComparisonDetails},
 *       {@link org.cpatlas.ui.viewmodel.IndicatorComparison}.</li>
 * </ul>
 *
 * <h2>What it may use</h2>
 * The core ({@code domain}, {@code geo}, {@code render}'s styling and classes, {@code tables}, {@code imports}), the
 * store only through its repositories and the indicator catalogue ({@code LayeringTest}), {@link org.cpatlas.ui.kit.I18n}
 * for the interface language, and of JavaFX only {@code javafx.beans} and {@code javafx.collections}: never a control,
 * a node or a stage, and no other package of {@code ui} (views depend on view-models, not the other way round). Never
 * {@code map}, {@code print}, {@code cli} or {@code app}.
 */
package org.cpatlas.ui.viewmodel;
