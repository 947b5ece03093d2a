/**
 * The one Java2D map renderer of the atlas: the same code draws the window's tiles, printed pages and PNG, PDF and SVG
 * exports, so the screen and every output agree on extent, colours, line styles, classes and labels. Free of JavaFX:
 * it draws on any {@code Graphics2D}, on any thread.
 *
 * <h2>What a map is</h2>
 * {@link org.cpatlas.render.MapViewport} (centre, web-Mercator zoom, size in pixels) is what a map shows, the window's
 * view as much as a page's frame; {@link org.cpatlas.render.WebMercator} is the projection Gluon Maps uses, in the
 * slippy-map pixel convention. {@link org.cpatlas.render.MapLayers} holds the layers bottom to top (neighbouring
 * countries, provinces, counties, the 14 regions) and the South China Sea islands inset
 * ({@link org.cpatlas.render.SouthChinaSeaInset}); each is a {@link org.cpatlas.render.DrawableLayer}: a
 * {@code geo} feature layer with an STRtree to find what a viewport shows, geometries simplified per zoom level, and
 * label anchors and sites found when first asked for (finding them for every county took a sixth of loading the
 * maps).
 *
 * <h2>Drawing</h2>
 * {@link org.cpatlas.render.MapPainter} paints in order: basemap (sea, land, provinces, county outlines from a zoom),
 * a county or province indicator's units, the regions (choropleth fills, outlines dashed by boundary quality,
 * selection), then the labels. Sizes are in points, scaled by the output's pixels per point, so a 600 DPI page keeps
 * the screen's look. Geometry becomes Java2D paths through {@link org.cpatlas.render.GeometryPaths}, cut to the
 * viewport plus a margin; {@code RingOutline} strokes a dashed outline only where it shows, so a region sheet does
 * not put every vertex of its neighbours into a PDF. {@link org.cpatlas.render.MapTheme} (colours and line weights,
 * light and dark) and {@link org.cpatlas.render.Rgb}, a colour neither Java2D's nor JavaFX's, are shared with the
 * window, which turns them into JavaFX colours ({@code map.FxColors}).
 *
 * <h2>Tiles</h2>
 * A {@link org.cpatlas.render.TilePainter} draws one 256-pixel tile and is called from several drawing threads at
 * once: {@link org.cpatlas.render.TileRenderer} (the basemap, without labels: they are drawn above, sharp at every
 * zoom), {@link org.cpatlas.render.RegionTilePainter} (the regions, transparent; hover and selection stay live in the
 * window), {@link org.cpatlas.render.ProvinceShadingPainter} (a selection's provinces shaded by gap) and
 * {@link org.cpatlas.render.ThematicTilePainter} (a county or province indicator with the basemap under it, one layer
 * of pictures instead of two, which did not fit the window's 152 MB heap). The window's {@code map} package decides
 * when they run and keeps what they draw. {@link org.cpatlas.render.TilePainter#renderPixels} draws a tile into an
 * array the caller reuses where the painter can (a county choropleth recoloured from
 * {@link org.cpatlas.render.UnitTiles}), so that a tile the window keeps only as runs costs no picture of its own;
 * {@link org.cpatlas.render.TilePainter#renderRuns} writes it straight as runs of equal pixels
 * ({@link org.cpatlas.render.PixelRuns}) where the painter knows them (the recoloured choropleth).
 *
 * <h2>Classes and colours</h2>
 * {@link org.cpatlas.render.RegionStyling} says how the regions look now: each region's value (absent = not reported,
 * never 0), the classes, the selected and hovered regions, and the indicator mapped instead of Table 1's rate.
 * {@link org.cpatlas.render.ChoroplethScale} holds the classes and a class of its own for "not reported" (hatched,
 * never folded into the lowest); {@link org.cpatlas.render.ClassBreaks} cuts them by a
 * {@link org.cpatlas.render.ClassificationScheme} as a {@link org.cpatlas.render.ClassSpec} asks, with the colour-blind
 * safe palettes of {@link org.cpatlas.render.ColorBrewer}; {@link org.cpatlas.render.IndicatorMap} is an indicator
 * ready to draw, with what its legend says about it and its source.
 *
 * <h2>Labels</h2>
 * {@link org.cpatlas.render.LabelLayout} is the one label placement, for the window and every page: each region in
 * view named once, inside it where it fits ({@link org.cpatlas.render.LabelSites}: poles of inaccessibility), else
 * beside it with a leader line; nothing over another label or an obstacle (legend, scale bar, inset); province names
 * only in the room left. {@link org.cpatlas.render.LabelText} breaks a label into lines the same way everywhere.
 * Pages draw the result with {@link org.cpatlas.render.MapLabelPainter} (the halo through
 * {@link org.cpatlas.render.TextHalo}, so a PDF can write it as stroked text); the window places pictures drawn by
 * {@link org.cpatlas.render.LabelPictures}.
 * A {@code LabelLayout} remembers fits per zoom and is not thread-safe: one per window or per page drawn.
 *
 * <h2>Fonts</h2>
 * {@link org.cpatlas.render.AtlasFonts}: the bundled Noto Sans SC subset for Java2D, so Chinese names draw on machines
 * without a CJK font; {@link org.cpatlas.render.FontFiles} keeps the font files in the user's cache, as reading a font
 * from inside the jar copied it to a temporary file at every start.
 *
 * <h2>What it may use</h2>
 * Part of the core: Java2D, JTS, {@code geo} (layers, level of detail, boundary quality), {@code domain} (indicators,
 * levels) and {@code files}; never JavaFX and nothing of {@code ui}, {@code map}, {@code cli} or {@code app}
 * ({@code LayeringTest}), so that the command line draws the same maps without a toolkit. Nor the store, {@code print}
 * or {@code tables}: figures arrive as values in a {@link org.cpatlas.render.RegionStyling} or an
 * {@link org.cpatlas.render.IndicatorMap}, and pages are {@code print}'s, drawn with this package.
 */
package org.cpatlas.render;
