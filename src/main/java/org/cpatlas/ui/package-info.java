/**
 * The JavaFX window: its shell, and what every view of it shares. The subpackages hold the views by what they
 * show: {@code ui.map} (the map pane, legend, scale bar, inset), {@code ui.panel} (the side panels),
 * {@code ui.viewmodel} (the state and commands behind them, no controls), {@code ui.table} (tables and the data
 * view), {@code ui.indicator}, {@code ui.imports}, {@code ui.membership}, {@code ui.output} and {@code ui.print}
 * (print and export), {@code ui.help}, {@code ui.settings}.
 *
 * <h2>What it owns</h2>
 * <ul>
 *   <li>{@link org.cpatlas.ui.AtlasWindow}: the window's content (toolbar, map, side panel, data view, status line)
 *       and the wiring of views to {@link org.cpatlas.ui.viewmodel.AtlasViewModel}: a click on the map goes to the
 *       view-model, the panels and the map's styling follow its properties. The indicators, imports and county
 *       lists are connected once the first frame is painted, so that reading them does not delay it; the tooltips of
 *       the toolbar and the map's buttons are made then too ({@link org.cpatlas.ui.AtlasWindow#installTooltips}: each
 *       is a popup window of its own), their text being the controls' accessible help from the start.</li>
 *   <li>{@link org.cpatlas.ui.StartupView}: progress while the atlas loads, or an error in words with a retry.</li>
 *   <li>Beside them, in {@code ui.kit}, what every view of the window shares: texts in two languages, dialogs,
 *       actions and shortcuts, icons, the interface font, Print and Export as an interface. They sat in this package
 *       before, which had every subpackage import the package that composes them; now the subpackages import the
 *       kit and their siblings, and only this package composes (LayeringTest).</li>
 * </ul>
 *
 * <h2>How views are written</h2>
 * As JabRef's: a view binds controls to a view-model's read-only properties and calls its commands; the view-model
 * holds the logic and never touches a control, so it is tested without a stage. The path of a click reads in one
 * line: hit test ({@code geo}) → selection in the view-model → store query → panels bound to the view-model. No
 * SQL, no geometry maths and no file I/O in a view; work that takes long runs off the JavaFX thread, with progress.
 *
 * <h2>What it may use</h2>
 * The core ({@code domain}, {@code geo}, {@code render}, {@code tables}, {@code print}, {@code imports},
 * {@code files}), {@code map} and JavaFX. The store only through its repositories, the indicator catalogue and its
 * exception ({@code LayeringTest}); never {@code cli} or {@code app}, and no subpackage imports this package: the application builds the window and hands it
 * what it needs (view-models, the map pane, output actions). Nothing of the core imports it.
 */
package org.cpatlas.ui;
