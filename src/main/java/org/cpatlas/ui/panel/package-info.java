/**
 * The side panel of the selected region, beside the map: {@link org.cpatlas.ui.panel.RegionPanel} (names, rate with
 * its source, counties, boundary quality, the province table, the gap chart, other figures and every source), and
 * the sections added to it: the county list ({@link org.cpatlas.ui.panel.CountyListPane}), a comparison of two
 * regions ({@link org.cpatlas.ui.panel.ComparisonPane}), the indicator on the map
 * ({@link org.cpatlas.ui.panel.IndicatorSection}), and the county lists' member counties and the evidence for the
 * county clicked ({@link org.cpatlas.ui.panel.MemberCountiesSection}, {@link org.cpatlas.ui.panel.CountySection}).
 * The charts and grids are the panel's own: {@link org.cpatlas.ui.panel.GapChart} (diverging bars, a conflict ticked,
 * "not reported" a label and never a zero bar), {@link org.cpatlas.ui.panel.ProvinceTable} and
 * {@link org.cpatlas.ui.panel.TableGrid}.
 *
 * <p>Views only: each binds to a view-model of {@code ui.viewmodel} ({@code RegionDetails},
 * {@code ComparisonDetails}, {@code IndicatorComparison}, a county's evidence), whose texts come already worded in
 * the interface language with their sources, and calls its commands; none computes, queries or formats a figure.
 * Their nodes are made once and only their texts change with a selection, and style classes are set only where they
 * change ({@code StyleClasses}): a click must not pay for new nodes, styling or layout of the whole panel. Tables
 * are copied and exported through {@code ui.table}'s actions, a comparison printed through
 * {@link org.cpatlas.ui.kit.OutputActions}.
 *
 * <p>May use {@code ui}, {@code ui.viewmodel}, {@code ui.table}, {@code tables} and {@code domain} (the records the
 * view-models hand over) and JavaFX. Never the store, {@code map}, {@code print}, {@code cli} or {@code app}.
 */
package org.cpatlas.ui.panel;
