/**
 * The map as a part of the window: {@link org.cpatlas.ui.map.AtlasMapPane} puts Gluon Maps' {@code MapView} and the
 * layers of {@code org.cpatlas.map} together (bottom to top: the zoom-out cover, the region overlay, the navigator,
 * the wheel's picture) and lays the window's own controls over it: the legend ({@link org.cpatlas.ui.map.LegendView},
 * classes with a hatched "not reported", the boundary styles, an indicator's name, unit, year and source), the scale
 * bar ({@link org.cpatlas.ui.map.ScaleBarView}), the zoom buttons, and on the whole-country view the South China Sea
 * islands inset ({@code InsetView}, drawn off the JavaFX thread by {@code render}'s inset, as print draws it, and kept
 * on disk with the labels' pictures by {@code map.PictureDisk}, so that a later start loads no font for it). Labels
 * keep clear of all of these: the pane tells the overlay where they are. Every frame of a pan or zoom repaints what
 * lies over the map, so these controls are painted from pictures JavaFX keeps of them
 * ({@link org.cpatlas.ui.map.ControlPictures}), drawn again only when they change.
 *
 * <p>The pane turns input into places and moves: a click or hover becomes a lon/lat (and the region there, through
 * {@code geo}'s hit test) handed to whoever listens (the view-model decides what a click means); the wheel, the keys
 * and the buttons zoom by whole levels and pan through {@code map.MapNavigator}. A view to show (the whole country,
 * a region, a county, the view restored at start) is applied at the next layout, once the map knows its size beside
 * the side panel. A new theme replaces the {@code MapView} itself
 * ({@link org.cpatlas.ui.map.AtlasMapPane#refreshBasemap}), since Gluon Maps keeps every tile it has loaded.
 *
 * <p>May use {@code map}, {@code render}, {@code geo}, {@code domain}, {@code ui} (texts, icons) and JavaFX; it shows
 * and forwards, and holds no figures, queries nothing and decides nothing about a selection. Never {@code cli} or
 * {@code app}, nor the store.
 */
package org.cpatlas.ui.map;
