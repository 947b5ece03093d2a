/**
 * The indicator picker and its class controls (scheme, number of classes, ColorBrewer palette, typed breaks), floating
 * at the map's top left with the Data menu: bound to {@link org.cpatlas.ui.viewmodel.IndicatorViewModel}, with no
 * logic of their own, so that the window and the tests drive the same view-model.
 *
 * <p>It may use the view-models, {@code domain} (what an indicator is), {@code render} (classification schemes and
 * palettes, to show each palette's colours) and {@code map.FxColors}; it never imports the store, {@code core},
 * {@code cli} or {@code app}: what it shows comes through the view-model.
 */
package org.cpatlas.ui.indicator;
