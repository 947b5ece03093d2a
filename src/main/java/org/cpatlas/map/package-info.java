/**
 * The window's map on Gluon Maps: the offline basemap, the thematic overlay drawn as tiles, what keeps zooming and
 * panning smooth in JavaFX's software pipeline, and the bounds that keep all of it inside the window's heap. Every
 * picture is drawn by {@code render}, the same Java2D painter as print and export, so the screen and the paper
 * agree; this package decides when to draw, on which thread, what to keep and how the pictures reach the screen.
 *
 * <h2>Gluon Maps and the layers on it</h2>
 * Gluon Maps' {@code MapView} holds a {@code BaseMap} (a group of 256-pixel tiles, moved by translation, at a zoom
 * that may lie between levels) and above it {@code MapLayer}s, in the order they were added. A layer extends Gluon's
 * template method: {@code markDirty()} asks for a layout and, on the next pulse, {@code layoutLayer()} places the
 * layer's nodes with {@code getMapPoint(lat, lon)}. MapView calls it only when the centre moves, so every layer that
 * must also follow a zoom about a fixed centre (buttons, keys) extends {@link org.cpatlas.map.ZoomFollowingLayer}.
 * The window ({@code ui.map.AtlasMapPane}) stacks, bottom to top: {@link org.cpatlas.map.ZoomOutCover},
 * {@link org.cpatlas.map.RegionOverlay}, {@link org.cpatlas.map.MapNavigator} (invisible: the zoom and centre really
 * shown, moves by whole pixels and whole levels, the view as a {@link org.cpatlas.render.MapViewport} that print and
 * export reproduce) and {@link org.cpatlas.map.ZoomPreview}. Layers reach the base map through MapLayer's protected
 * {@code baseMap}. Where Gluon Maps has no API at all, {@link org.cpatlas.map.TileRetention} reads its internals by
 * reflection (maps 2.0.0-ea+6): if they change, it logs a warning that says what is lost, and the map still works,
 * with more memory.
 *
 * <h2>The basemap: how a tile is asked for and made</h2>
 * <ol>
 *   <li>At its layout, BaseMap takes the level of its zoom (its own rounding,
 *       {@link org.cpatlas.map.TileRetention#currentLevel}) and makes a tile for each place in view and in a ring
 *       around it. Each asks, on the JavaFX thread, {@code loadTile(zoom, i, j)} of the one {@code TileRetriever}
 *       Gluon found with {@code ServiceLoader}: {@code META-INF/services} names
 *       {@link org.cpatlas.map.OfflineTileRetriever}, so no tile is ever downloaded.</li>
 *   <li>Gluon creates that retriever itself and keeps it in a static field, so it cannot be handed the atlas's
 *       maps. It finds them in {@link org.cpatlas.map.TileSources}, the project's one piece of static mutable
 *       state, where the application installs a {@link org.cpatlas.map.TileService} once the maps are loaded, and a
 *       new one for each theme. With none installed (a test), tiles are blank.</li>
 *   <li>{@link org.cpatlas.map.TileService#tile}: a tile still held in memory, as runs of equal pixels
 *       ({@link org.cpatlas.map.RunLengthTile}, 5-30 KB instead of 256 KB, in an
 *       {@link org.cpatlas.map.EncodedTileCache}), is expanded at once (about 0.1 ms) and returned done, so Gluon
 *       shows it in the frame that asks for it: panning or zooming back shows the basemap at once, instead of the
 *       level above magnified. Otherwise {@link org.cpatlas.map.TileRequests} has it made once on a drawing thread:
 *       read from the tile cache in the user's cache directory (its folder named by the style,
 *       {@link org.cpatlas.map.TileService#CACHE_FORMAT} and the maps' fingerprint, so a new look or new maps never
 *       get old tiles), or drawn by {@link org.cpatlas.render.TileRenderer} and written there, as its runs with a
 *       checksum ({@link org.cpatlas.map.TileRunsFile}, the region tiles' form too; through a part file renamed when
 *       whole; a PNG there took a start three passes to show: inflate, convert, find the runs). Either way its runs
 *       go into memory, and its picture ({@link org.cpatlas.map.TileImages}: premultiplied ARGB, the software
 *       pipeline's own texture format, so showing it is a copy) completes the future; Gluon puts it in place on the JavaFX
 *       thread. A cache that cannot be written is switched off with one warning.</li>
 *   <li>Gluon keeps every tile it ever made, at every level, behind soft references that the JVM clears only when
 *       the heap is nearly full: after a tour of the regions, most of the window's memory. After each pulse in which
 *       the map moved, {@link org.cpatlas.map.MapNavigator} has {@link org.cpatlas.map.TileRetention#prune} drop
 *       the tiles neither in the scene nor in the ring around the view, and tell the source
 *       ({@link org.cpatlas.map.TileSource#forget}), which gives up a picture still to be made. A tile that comes
 *       back is expanded again from memory or read from disk. Pruning also ends the cover a tile kept giving a child
 *       loaded from memory (Gluon never saw such a child finish, and painted up to three magnified levels under the
 *       current one at every frame).</li>
 * </ol>
 * Under a county or province indicator the basemap shows no tiles ({@link org.cpatlas.map.TileService#showBlank}):
 * the thematic tiles draw it themselves, as two full layers of pictures did not fit the heap. Gluon still makes a
 * tile node for every place in view, each with three listeners on the map's zoom and position; dropped, such a tile
 * made JavaFX copy its whole array of listeners when the dead listener left it during the next zoom (about 430 MB of
 * garbage in the benchmark's zoom phases). So under a blank basemap {@link org.cpatlas.map.TileRetention#prune} keeps
 * every tile Gluon made around the view, at any level: they hold no picture, and zooming back shows the same ones.
 * Even kept, Gluon took them off the scene and put them back at every wheel notch, and JavaFX styled each one put
 * back against the theme's thousand rules, while every tile built debug strings at each move: so under a blank
 * basemap, once the base map shows no picture, Gluon makes no tiles at all ({@link org.cpatlas.map.BlankBasemapHold},
 * before each pulse's layout; until then the tiles tell the source when the pictures kept for a switch back may go).
 * A new theme needs a new MapView, since Gluon has no way to drop the tiles it holds. A switch to a county or province
 * indicator keeps the view: {@link org.cpatlas.map.MapNavigator#hideBasemap} makes the base map transparent with its
 * tiles and pictures, and a switch back while the map has not moved shows it again as it was
 * ({@link org.cpatlas.map.MapNavigator#showHiddenBasemap}). A view made anew at each such switch made, styled and laid
 * out a screenful of new Gluon tiles, asked for new pictures for the ring around the view, and moved the whole overlay
 * into it, which styled it again. Once the map moves, the hidden tiles' pictures are let go
 * ({@link org.cpatlas.map.TileRetention#dropPictures}), from the next pulse on the hold keeps Gluon from making tiles,
 * and the switch back makes a new view that asks for its tiles; {@link org.cpatlas.map.MapNavigator#offerBasemapPictures}
 * and {@link org.cpatlas.map.KeptPictures} still hand a replaced view's pictures to the next one when the source is
 * blank.
 *
 * <h2>The overlay: regions and indicators drawn as tiles off the JavaFX thread</h2>
 * {@link org.cpatlas.map.RegionOverlay} is the layer over the basemap. Filled and stroked as shapes, the regions
 * were painted again on every frame of a pan; a tile on whole pixels is copied in a fraction of that time. So the
 * overlay is three groups of tiles ({@link org.cpatlas.map.RegionTiles}), each drawn by a
 * {@link org.cpatlas.render.TilePainter} of {@code render}, bottom to top: a county or province indicator with the
 * basemap under it and the regions' outlines over it ({@link org.cpatlas.render.ThematicTilePainter}, opaque), the
 * selected region's provinces shaded by gap ({@link org.cpatlas.render.ProvinceShadingPainter}), and the regions'
 * choropleth with outlines dashed by boundary quality ({@link org.cpatlas.render.RegionTilePainter}). Above them,
 * drawn live because they change with every mouse move: the hovered and the selected region's outlines and the
 * county the side panel shows (SVG path data in the world pixels of one level, {@link org.cpatlas.map.FxPaths},
 * scaled to the zoom, and made for a new level on a drawing thread), then the labels.
 *
 * <p>At each layout the overlay works out where the world's corner is on screen and the scale from the level drawn
 * to the zoom shown, and each {@link org.cpatlas.map.RegionTiles#layout} asks its
 * {@link org.cpatlas.map.OverlayTileService} for the tiles in view it does not show yet. A tile drawn before is kept
 * as runs, in memory only (an overlay is drawn anew whenever its look changes: theme, figures, a selection's
 * shading), and shown at once; the others are drawn on a drawing thread and put in place with
 * {@code Platform.runLater}. A drawing thread that gets to a tile no longer in view, or asked for an older look (a
 * generation number), does not draw it: zooming through levels asks for whole screens of tiles that are out of view
 * a frame later. A new look replaces each tile only once its new picture is drawn, and after a level change the
 * previous level stays, scaled, under the new one until that is complete, so the layer never flashes empty.
 *
 * <p>A tile that already shows a picture (an indicator switch, a theme, a selection's shading) gets its new look as
 * runs only, drawn into a drawing thread's own array ({@link org.cpatlas.render.TilePainter#renderPixels}) and
 * expanded on the JavaFX thread into the picture it shows ({@link org.cpatlas.map.TilePicture}); a county choropleth
 * recoloured is written as runs by its painter ({@link org.cpatlas.render.TilePainter#renderRuns}), not as pixels
 * scanned again for their runs. The picture and the
 * texture the software pipeline keeps for it stay, instead of a screenful of new ones at each switch, which lived
 * long enough to be promoted and filled the old generation with dead pictures, a full collection of 70-160 ms in
 * about every switch (GC log of {@code bench/}'s indicator switch). The county choropleth's layer
 * ({@link org.cpatlas.map.RegionTiles#keepingPictures}) keeps its pictures in view, hidden, while a region indicator
 * is shown and the map does not move, so that a switch back expands into them too; a kept picture is shown again
 * only once the new look is in it. The region tiles' layer keeps its own the same way through a county or province
 * indicator, and as their look (named, see {@link org.cpatlas.map.RegionTiles#paintWith(org.cpatlas.render.TilePainter,
 * Object)}) is the same when the switch comes back, they already hold it and are shown as they are.
 *
 * <p>Under a county or province indicator, the thematic tiles a zoom step needs that are not in memory are asked for
 * only once the step's frame is painted ({@link org.cpatlas.map.RegionTiles}, through a
 * {@link org.cpatlas.map.DeferredAction}), and only if the map is still at that level; those in memory are shown in
 * the step's own frame as before. The first notch of a turning wheel cannot be told from a single step, and a
 * choropleth tile not kept is drawn anew, which also builds the counties' outlines for its level
 * ({@code geo.LevelOfDetail} keeps two or three county levels of the four a zoom from 6 to 9 passes): drawn at once,
 * the first notch's tiles kept both processors busy, and the collector, while the next notches were painted, though
 * the second notch had left their level. A single step shows its new tiles a frame or two later, the previous level
 * scaled meanwhile.
 *
 * <p>The region layer's tiles are also kept on disk ({@link org.cpatlas.map.RegionTileDisk}, in the cache's
 * {@code region-tiles/}), one folder per look, for the next start: drawing the first view's region tiles took 250-300
 * ms of processor time at every start, while the JavaFX thread styled and laid out the window on the same two
 * processors. A look is named in words by everything the pixels depend on: the build of the atlas (the jar's size and
 * time; nothing is kept when the atlas runs from classes), the maps' fingerprint and a checksum of every region
 * vertex, the regions' attributes, the theme, and the values, classes and colours. A tile file carries a checksum; a
 * tile missing, damaged or of another look is drawn as before; the newest eight looks are kept. A look change only
 * names its folder: the folder is made, marked as used, checked against its look and the others pruned at the look's
 * first tile read or written, on a drawing thread, not on the JavaFX thread.
 *
 * <h2>Zooming between levels</h2>
 * The atlas zooms by whole levels, a wheel notch a level ({@link org.cpatlas.map.MapNavigator#zoomSteps}; the window
 * replaces MapView's own wheel handler), and keeps the base map on whole pixels, where a tile is shown at its own
 * size, copied and sharp; at a fractional position or scale the software pipeline resamples it, seven times slower.
 * A turning wheel still asks for a new level at every frame, so three classes share the work of a zoom:
 * <ul>
 *   <li>{@link org.cpatlas.map.WheelPause} tells a wheel still turning (a level asked within
 *       {@link org.cpatlas.map.WheelPause#STILL_MS} of the last) from one that has stopped, and then tells its owner
 *       the level it stopped at. Stopped means still for that long and for
 *       {@link org.cpatlas.map.WheelPause#STILL_PULSES} pulses: a single frame slower than the pause (a full
 *       collection) is not a stop, which had shown, drawn and captured the whole map again in the middle of a turn. While it turns the basemap's service leaves tiles from memory waiting and the region
 *       tiles ask for none: made at every notch, a screenful of tiles was dropped a frame later, and its garbage kept
 *       the collector busy for most of each frame.</li>
 *   <li>{@link org.cpatlas.map.ZoomPreview}, the top layer, captures the whole map once when a turn starts (after
 *       that pulse's layout), hides the other layers, and at each notch shows the capture rescaled by nearest pixel
 *       into one window-sized picture ({@link org.cpatlas.map.NearestRescale}: rows that repeat are copied, at the
 *       capture's own scale each row is one copy, and shown 2, 4 or 8 times smaller each row is one copy of a
 *       picture gathered once that much smaller); when the wheel stops, the layers show again, laid out at the level it stopped
 *       at. A picture at its own size is a copy, whereas the basemap, shading and region tiles drawn scaled took
 *       25-35 ms a frame.</li>
 *   <li>{@link org.cpatlas.map.ZoomOutCover}, under the overlay: zooming in, Gluon covers a tile still loading with
 *       its parent magnified; zooming out it has nothing to show. After every pulse this layer notes the last level
 *       whose tiles in view all had their pictures ({@link org.cpatlas.map.DrawnLevel}, read by
 *       {@link org.cpatlas.map.TileRetention#drawnLevel}) and, while the map is at a lower level not yet drawn,
 *       shows those pictures scaled down. It holds Gluon's pictures and draws none.</li>
 * </ul>
 *
 * <h2>Labels</h2>
 * {@link org.cpatlas.map.RegionLabels} names the regions and, from zoom 3.5, the provinces, placed at each layout by
 * {@link org.cpatlas.render.LabelLayout}, the placement print and export use, clear of what the window lays over the
 * map (legend, scale bar, buttons, inset: {@link org.cpatlas.map.RegionOverlay#setLabelObstacles}). The names are
 * pictures with a halo, drawn once per language and theme by {@link org.cpatlas.render.LabelPictures} on a drawing
 * thread (which also finds where each label may sit, work that took the window's first layout most of a second), and
 * placed on whole pixels, where a pan copies them; drawn as text, every label was drawn again on every frame of a
 * pan. The old pictures stay until the new ones are drawn; if drawing fails the map is shown without labels, and the
 * failure logged.
 *
 * <p>The labels' pictures, and the South China Sea inset's ({@code ui.map.InsetView}), are kept on disk
 * ({@link org.cpatlas.map.PictureDisk}, in the cache's {@code pictures/}, the newest twelve files), like the region
 * tiles and under the same rules: drawing them, with loading the fonts, took about 130 ms of processor time before
 * the first frame at every start. A file is named by everything its pixels depend on, in words: the build (nothing is
 * kept when the atlas runs from classes), the maps' fingerprint, the Java runtime that rasterises the glyphs, the
 * theme, the language, the density and every name drawn. It holds that key and a CRC-32C; a file missing, damaged,
 * cut short or of another key is drawn again and written anew, and a cache that cannot be written means drawing at
 * every start. Pictures read from disk need no fonts: the fonts' supplier is not even asked, so a start that reads
 * them loads no Java2D font at all. Where the labels may sit (their sites) is still found on the drawing thread at
 * every start. The layer is made before the window names the cache and build, so its first drawing waits for that
 * choice ({@link org.cpatlas.map.PictureDiskChoice}), made in the same JavaFX event.
 *
 * <h2>Work deferred to a later frame</h2>
 * {@link org.cpatlas.map.DeferredAction} runs an action once the next frame has been painted (it waits two pulses,
 * then runs it later), only the latest if asked again: work whose result may appear a frame after what the user's
 * action shows at once (a click's province shading, the preloading after start) then does not take the processor
 * from the render thread while it paints that frame. {@link org.cpatlas.map.AfterLayout} runs an action after the
 * layout of every pulse, following the node into whatever scene it is in: for layers that must see the base map as
 * laid out for the frame, which Gluon gives no callback for ({@link org.cpatlas.map.ZoomPreview},
 * {@link org.cpatlas.map.ZoomOutCover}).
 *
 * <h2>Memory, and why everything here has a bound</h2>
 * The window runs with a heap capped at 192 MB ({@code atlas.window.jvm} in pom.xml, which says how it was sized;
 * {@link org.cpatlas.geo.LayerBudget#WINDOW_HEAP_MB}) under Serial GC, which lets the heap grow to its cap whatever
 * the live set: what the map holds is the window's memory. A tile on screen costs 256 KB of pixels and as much again
 * for the texture the software pipeline copies them into ({@link org.cpatlas.map.RegionTiles#PICTURE_BYTES}), and a
 * 1920x1006 map shows 45 tiles, 23 MB a layer. Hence:
 * <ul>
 *   <li>decoded pictures exist only for tiles on screen and a ring for a pan back; every other tile is kept as runs,
 *       least recently used let go first: the basemap's up to 12 MB (the size the application gives its
 *       {@link org.cpatlas.map.TileService}), the region tiles' 4 MB, the thematic tiles' 4 MB and the shading's
 *       2 MB;</li>
 *   <li>Gluon's own tile cache is pruned to the view ({@link org.cpatlas.map.TileRetention});</li>
 *   <li>each {@link org.cpatlas.map.RegionTiles} holds at most 8 MB of pictures beyond its tiles in view, letting go
 *       of the pan margin first, then of the previous level's tiles farthest from the middle: a county choropleth's
 *       previous level over the current one ran the window out of its heap while zooming out;</li>
 *   <li>the basemap's tiles and the thematic tiles are never both shown; the pictures each keeps hidden for a switch
 *       back (the basemap's in {@link org.cpatlas.map.KeptPictures}, the region tiles', the choropleth's) are at most
 *       the tiles in view, and are let go as soon as the map moves, so the heap holds no more of them than while a
 *       region indicator is shown over a choropleth kept hidden;</li>
 *   <li>{@link org.cpatlas.map.ZoomPreview}'s three window-sized pictures (and the smaller ones its rescaling gathers,
 *       a third of one at most) are let go when the wheel stops, and a turn
 *       for which they do not fit is shown without them;</li>
 *   <li>a tile expanded on the JavaFX thread that meets an {@code OutOfMemoryError} is made on a drawing thread
 *       instead, where the error cannot stop the window.</li>
 * </ul>
 *
 * <h2>Threads</h2>
 * <ul>
 *   <li>The JavaFX application thread does every layout and every change to the scene graph, asks for tiles,
 *       expands tiles from memory, and runs {@link org.cpatlas.map.WheelPause} and
 *       {@link org.cpatlas.map.DeferredAction}. A class here is for this thread unless it says otherwise.</li>
 *   <li>The render thread paints the frames, in the software pipeline: hence whole pixels and pictures at their
 *       own size.</li>
 *   <li>{@code basemap-tiles}: two daemon threads of the application, below normal priority, given to
 *       {@link org.cpatlas.map.TileService}: they read, draw and write basemap tiles.</li>
 *   <li>{@code region-tiles}: two daemon threads of the application, at normal priority so that a pan never shows a
 *       gap for long, given to {@link org.cpatlas.map.RegionOverlay}: the overlay's tiles, the label pictures, the
 *       outlines of a new level (and, in {@code ui.map}, the inset's picture).</li>
 * </ul>
 * Results return to the JavaFX thread through {@code Platform.runLater}, Gluon's tiles too. What a drawing thread
 * shares with it is made for that: {@link org.cpatlas.map.EncodedTileCache} is synchronized,
 * {@link org.cpatlas.map.TileRequests} keeps its futures in a concurrent map, and what a drawing thread reads to
 * decide whether a tile is still wanted (the tiles in view, the look's generation) is concurrent or volatile. A
 * painter is called from several drawing threads at once.
 *
 * <h2>What it may use</h2>
 * JavaFX's scene graph (no controls), Gluon Maps (its API, and its internals only through
 * {@link org.cpatlas.map.TileRetention}'s reflection and MapLayer's {@code baseMap}), {@code render} for every
 * picture, {@code geo}, {@code files}, JTS and SLF4J. It is a front end, so no package of the core imports it
 * ({@code LayeringTest}); and it imports nothing above it: no {@code ui}, {@code cli} or {@code app}. Nor the store
 * or SQL (figures reach it already classed, as a {@link org.cpatlas.render.RegionStyling}), nor {@code print}. The
 * window ({@code ui.map}) stacks the layers and turns input into moves; the application installs the tile source and
 * owns the threads. Public: the four layers, {@link org.cpatlas.map.TileService}, {@link org.cpatlas.map.TileSource},
 * {@link org.cpatlas.map.TileSources}, {@link org.cpatlas.map.OfflineTileRetriever},
 * {@link org.cpatlas.map.DeferredAction} and {@link org.cpatlas.map.FxColors} (the palette as JavaFX colours); the
 * rest is the package's own.
 */
package org.cpatlas.map;
