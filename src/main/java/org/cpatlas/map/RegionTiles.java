package org.cpatlas.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.TilePainter;
import org.cpatlas.render.TileRenderer;

/**
 * A layer of map tiles inside an overlay, drawn off the JavaFX thread. On screen a tile is a picture on whole
 * pixels, which the software pipeline copies in a fraction of the time it needs to fill and stroke the region
 * shapes again on every frame of a pan. A new look (theme, figures, shading) replaces each tile only once its new
 * picture is drawn, and after a zoom step the previous level stays until the new one is complete, so the layer never
 * flashes empty.
 */
final class RegionTiles extends Group {

    private static final int TILE = TileRenderer.TILE_PX;
    private static final int MAX_LEVEL = 18;
    /**
     * What one tile on screen costs the heap: its 256 KB of pixels and as much again for the texture the software
     * pipeline copies them into, which it keeps for as long as the picture lives.
     */
    static final long PICTURE_BYTES = 2L * TILE * TILE * Integer.BYTES;

    private final ExecutorService executor;
    private final long memoryBytes;
    private final long extraPictureBytes;
    /**
     * Emptied, the layer keeps its tiles and pictures in view, hidden, for the next look to be copied into (see
     * {@link #keepingPictures}); the county choropleth's layer, emptied while a region indicator is shown.
     */
    private final boolean keepsPictures;
    /** The drawing threads' arrays for tiles drawn only as runs, shared by this layer's looks one after another. */
    private final ThreadLocal<int[]> scratch = OverlayTileService.scratchArrays();
    private final ThreadLocal<org.cpatlas.render.PixelRuns> scratchRuns = OverlayTileService.scratchRuns();
    private final Group current = new Group();
    private final Group previous = new Group();
    private final Scale currentScale = new Scale(1, 1, 0, 0);
    private final Scale previousScale = new Scale(1, 1, 0, 0);
    /**
     * The tiles in view, changed on the JavaFX thread only; concurrent because the drawing threads look into it: a
     * tile no longer in it when one gets to it is not drawn.
     */
    private final Map<Long, TileView> shown = new ConcurrentHashMap<>();
    private OverlayTileService service;
    /** What {@link #service} draws (see {@link #paintWith(TilePainter, Object)}), or null. */
    private Object look;
    /**
     * The tiles of the look shown before the layer was emptied, kept for a switch back to it: the region tiles of a
     * region indicator while a county indicator is shown, drawn again at every switch back before.
     */
    private OverlayTileService shelved;
    private Object shelvedLook;
    /**
     * The generation the shelved look was shown at: a kept picture (see {@link #keepingPictures}) still of it shows
     * that look's pixels already, and is shown again as it is when the look comes back.
     */
    private int shelvedGeneration = NO_GENERATION;
    private static final int NO_GENERATION = Integer.MIN_VALUE;
    /** Read by the drawing threads: tiles requested for an older look are not drawn. */
    private volatile int generation;
    private int level = -1;
    private int previousLevel = -1;
    private double zoom = Double.NaN;
    /**
     * While a wheel turns, a notch a frame, the new levels' tiles wait and the last complete level is shown scaled:
     * made at every notch, a level's tiles were expanded and copied to textures only to be dropped a frame later, and
     * the garbage, a screenful a frame, kept the collector busy for most of each frame.
     */
    private final WheelPause wheel = new WheelPause(stoppedAt -> relayout());
    private View lastView;
    /** The tiles of the current level in view at the last layout (the rest of {@link #shown} is the margin). */
    private long viewI0;
    private long viewI1 = -1;
    private long viewJ0;
    private long viewJ1 = -1;
    /**
     * Runs an action once the next frame has been painted ({@link DeferredAction}), or null: then the tiles a zoom
     * step needs are asked for at once. See {@link #awaitingFrame}.
     */
    private final Consumer<Runnable> afterNextFrame;
    /**
     * Tiles of a new level, not in memory, whose drawing waits until the frame of the zoom step is painted. The first
     * notch of a turning wheel cannot be told from a single step; drawn at once, its level's tiles kept both drawing
     * threads busy while the next notches were painted (a county choropleth's tile drawn anew also builds the
     * counties' outlines for its level, hundreds of milliseconds of work and garbage), though the second notch had
     * already left that level. Asked for a frame later, they are asked for only if the map is still at that level.
     */
    private final List<Long> awaitingFrame = new ArrayList<>();

    /**
     * @param origin      the screen position of the world's top-left corner, shared with the overlay's shapes
     * @param executor    the drawing threads
     * @param memoryBytes how many bytes of drawn tiles to keep for panning back and zooming back (see
     *                    {@link OverlayTileService})
     * @param extraPictureBytes how many bytes of pictures (at {@link #PICTURE_BYTES} each) to hold beyond the
     *                    current level's tiles in view: the margin kept for a pan back and the previous level shown
     *                    under a new one. A layer that fills every tile (a county choropleth) holds a screenful
     *                    of pictures per level; the previous level's on top of the current one's ran the window out
     *                    of its heap while zooming out, so past this bound they are let go (see
     *                    {@link #fitExtraPictures})
     */
    RegionTiles(Translate origin, ExecutorService executor, long memoryBytes, long extraPictureBytes) {
        this(origin, executor, memoryBytes, extraPictureBytes, false, null);
    }

    /**
     * As above; after a zoom step, the tiles not in memory are asked for once the step's frame is painted, through
     * {@code afterNextFrame} (see {@link #awaitingFrame}), instead of at once.
     */
    RegionTiles(Translate origin, ExecutorService executor, long memoryBytes, long extraPictureBytes,
            Consumer<Runnable> afterNextFrame) {
        this(origin, executor, memoryBytes, extraPictureBytes, false, afterNextFrame);
    }

    private RegionTiles(Translate origin, ExecutorService executor, long memoryBytes, long extraPictureBytes,
            boolean keepsPictures, Consumer<Runnable> afterNextFrame) {
        this.keepsPictures = keepsPictures;
        this.afterNextFrame = afterNextFrame;
        this.executor = executor;
        this.memoryBytes = memoryBytes;
        this.extraPictureBytes = extraPictureBytes;
        current.getTransforms().addAll(origin, currentScale);
        previous.getTransforms().addAll(origin, previousScale);
        setMouseTransparent(true);
        getChildren().addAll(previous, current);
    }

    /**
     * A layer that, emptied, keeps the pictures of the tiles in view, hidden, until the view changes: a look painted
     * again before that (the county choropleth after a region indicator, the map not moved) is copied into them
     * instead of into a screenful of new pictures and textures (see {@link TilePicture}). A kept picture is shown
     * again only once the new look is in it, never with the colours of the look it was drawn for.
     */
    static RegionTiles keepingPictures(Translate origin, ExecutorService executor, long memoryBytes,
            long extraPictureBytes) {
        return new RegionTiles(origin, executor, memoryBytes, extraPictureBytes, true, null);
    }

    /** As {@link #keepingPictures(Translate, ExecutorService, long, long)}, drawing a zoom step's tiles after its frame. */
    static RegionTiles keepingPictures(Translate origin, ExecutorService executor, long memoryBytes,
            long extraPictureBytes, Consumer<Runnable> afterNextFrame) {
        return new RegionTiles(origin, executor, memoryBytes, extraPictureBytes, true, afterNextFrame);
    }

    private void relayout() {
        if (lastView != null) {
            layout(lastView.zoom(), lastView.originX(), lastView.originY(), lastView.width(), lastView.height());
        }
    }

    /**
     * Draws the layer with a new painter; the tiles on screen are replaced as their new pictures arrive. Null
     * empties the layer at once.
     */
    void paintWith(TilePainter painter) {
        paintWith(painter, null);
    }

    /**
     * As {@link #paintWith(TilePainter)}, naming the look the painter draws ({@code equals} when two painters draw
     * the same tiles; null: unknown). Emptied, the layer keeps the tiles of its last named look; painting that look
     * again shows them at once instead of drawing them again.
     */
    void paintWith(TilePainter painter, Object newLook) {
        paintWith(painter, newLook, RegionTileDisk.NONE);
    }

    /** As {@link #paintWith(TilePainter, Object)}, the look's tiles also kept on (and taken from) {@code disk}. */
    void paintWith(TilePainter painter, Object newLook, RegionTileDisk disk) {
        int shownGeneration = generation;
        generation++;
        if (painter == null) {
            if (service != null && look != null) {
                shelved = service;
                shelvedLook = look;
                shelvedGeneration = shownGeneration;
            }
            service = null;
            look = null;
            previous.getChildren().clear();
            previousLevel = -1;
            if (keepsPictures && level >= 0) {
                // Hidden: they show another look than the next one. Only the tiles in view are worth keeping.
                shown.values().removeIf(tile -> {
                    tile.view.setVisible(false);
                    boolean margin = !inView(tile);
                    if (margin) {
                        current.getChildren().remove(tile.view);
                    }
                    return margin;
                });
                return;
            }
            dropTiles();
            return;
        }
        boolean lookBack = newLook != null && newLook.equals(shelvedLook);
        int keptGeneration = lookBack ? shelvedGeneration : NO_GENERATION;
        service = lookBack ? shelved : new OverlayTileService(painter, memoryBytes, executor, scratch,
                scratchRuns, disk);
        look = newLook;
        shelved = null;
        shelvedLook = null;
        shelvedGeneration = NO_GENERATION;
        for (Map.Entry<Long, TileView> entry : shown.entrySet()) {
            TileView tile = entry.getValue();
            if (tile.generation == keptGeneration) {
                // Kept, hidden, since this very look was shown (the region tiles through a county indicator): its
                // picture holds the look's pixels already, so it is shown as it is, nothing drawn or expanded, and
                // the switch back makes no picture and no texture.
                shown(tile, generation);
            } else {
                request(entry.getKey(), tile);
            }
        }
    }

    /**
     * Shows the tiles of a view: {@code originX/Y} is the screen position of the world's corner (whole pixels at
     * whole zooms), {@code width/height} the view's size.
     */
    void layout(double newZoom, double originX, double originY, double width, double height) {
        if (service == null) {
            if (!shown.isEmpty() && !new View(newZoom, originX, originY, width, height).equals(lastView)) {
                dropTiles(); // kept pictures (see keepingPictures) that would no longer be where the map is
            }
            return;
        }
        int newLevel = Math.max(0, Math.min(MAX_LEVEL, (int) Math.floor(newZoom)));
        boolean turning = wheel.levelAsked(newLevel);
        // A zoom step from a level shown (not the layer's first layout, e.g. after an indicator switch).
        boolean zoomStep = newLevel != level && level >= 0;
        if (newLevel != level) {
            changeLevel(newLevel);
        }
        zoom = newZoom;
        lastView = new View(newZoom, originX, originY, width, height);
        double s = Math.pow(2, zoom - level);
        currentScale.setX(s);
        currentScale.setY(s);
        if (previousLevel >= 0) {
            double p = Math.pow(2, zoom - previousLevel);
            previousScale.setX(p);
            previousScale.setY(p);
            dropPreviousOutside(originX / p, originY / p, width / p, height / p);
        }
        if (turning) {
            return;
        }
        long last = (1L << level) - 1;
        long i0 = clamp((long) Math.floor(-originX / s / TILE), last);
        long i1 = clamp((long) Math.floor((width - originX) / s / TILE), last);
        long j0 = clamp((long) Math.floor(-originY / s / TILE), last);
        long j1 = clamp((long) Math.floor((height - originY) / s / TILE), last);
        viewI0 = i0;
        viewI1 = i1;
        viewJ0 = j0;
        viewJ1 = j1;
        // Tiles a little beyond the view stay, so a pan back and forth does not redraw them.
        Iterator<Map.Entry<Long, TileView>> it = shown.entrySet().iterator();
        while (it.hasNext()) {
            TileView tile = it.next().getValue();
            if (tile.i < i0 - 1 || tile.i > i1 + 1 || tile.j < j0 - 1 || tile.j > j1 + 1) {
                current.getChildren().remove(tile.view);
                it.remove();
            }
        }
        for (long i = i0; i <= i1; i++) {
            for (long j = j0; j <= j1; j++) {
                long key = TileRequests.key(level, i, j);
                if (!shown.containsKey(key)) {
                    TileView tile = new TileView(i, j);
                    shown.put(key, tile);
                    current.getChildren().add(tile.view);
                    if (zoomStep && afterNextFrame != null && !service.inMemory(level, i, j)) {
                        awaitingFrame.add(key);
                    } else {
                        request(key, tile);
                    }
                }
            }
        }
        if (!awaitingFrame.isEmpty()) {
            afterNextFrame.accept(this::requestAwaiting);
        }
        dropPreviousWhenComplete();
        fitExtraPictures();
    }

    /**
     * Starts drawing the tiles of a view that is about to be shown, before the first layout: drawn meanwhile, they
     * are on screen in its first frame. Tiles of another view (a wrong guess) are only drawn in vain.
     */
    void prefetch(MapViewport view) {
        if (service == null) {
            return;
        }
        int tileLevel = Math.max(0, Math.min(MAX_LEVEL, (int) Math.floor(view.zoom())));
        long last = (1L << tileLevel) - 1;
        for (long i = clamp((long) Math.floor(view.originX() / TILE), last);
                i <= clamp((long) Math.floor((view.originX() + view.width()) / TILE), last); i++) {
            for (long j = clamp((long) Math.floor(view.originY() / TILE), last);
                    j <= clamp((long) Math.floor((view.originY() + view.height()) / TILE), last); j++) {
                service.prepare(tileLevel, i, j);
            }
        }
    }

    /** True when every tile in view shows the current look (for start-up checks and benchmarks). */
    boolean complete() {
        return service != null && !shown.isEmpty() && shown.values().stream().allMatch(t -> t.generation == generation);
    }

    /** Tiles drawn in the current look so far (for tests). */
    int drawnTileCount() {
        return service == null ? 0 : service.drawnTileCount();
    }

    /** Tiles of the previous level still shown under the current one (for tests). */
    int previousTileCount() {
        return previous.getChildren().size();
    }

    /** Bytes of pictures held beyond the current level's tiles in view (for tests; see {@link #PICTURE_BYTES}). */
    long extraPictureBytes() {
        return PICTURE_BYTES * (pictures(previous) + shown.values().stream()
                .filter(t -> t.view.getImage() != null && !inView(t)).count());
    }

    /** Tiles on screen with a picture (tiles with nothing to draw have none; hidden ones are not on screen). */
    int tileCount() {
        return (int) shown.values().stream().filter(t -> t.view.getImage() != null && t.view.isVisible()).count();
    }

    /** The pictures on screen at the current level (for tests). */
    List<Image> visiblePictures() {
        return shown.values().stream().filter(t -> t.view.getImage() != null && t.view.isVisible())
                .map(t -> t.view.getImage()).toList();
    }

    /** Every picture the layer holds at the current level, shown or hidden (for tests). */
    List<Image> heldPictures() {
        return shown.values().stream().filter(t -> t.view.getImage() != null).map(t -> t.view.getImage()).toList();
    }

    private void dropTiles() {
        shown.clear();
        current.getChildren().clear();
        previous.getChildren().clear();
        level = -1;
        previousLevel = -1;
    }

    private void changeLevel(int newLevel) {
        // The old level stays under the new one until the new one is complete; a level that never completed
        // (zooming on quickly) is dropped and the last complete one kept.
        if (complete()) {
            previous.getChildren().setAll(current.getChildren());
            previousLevel = level;
        }
        current.getChildren().clear();
        shown.clear();
        level = newLevel;
    }

    /**
     * Asks for the tiles that waited for the zoom step's frame, those still in view at the level shown: if the wheel
     * turned on meanwhile, the layer has left their level and they are not drawn at all.
     */
    private void requestAwaiting() {
        List<Long> due = new ArrayList<>(awaitingFrame);
        awaitingFrame.clear();
        for (long key : due) {
            TileView tile = shown.get(key);
            if (tile != null && tile.generation != generation && service != null) {
                request(key, tile);
            }
        }
    }

    /** Tiles of a zoom step waiting for its frame to be painted before they are asked for (for tests). */
    int awaitingFrameCount() {
        return awaitingFrame.size();
    }

    private void request(long key, TileView tile) {
        if (tile.view.getImage() instanceof TilePicture kept && kept.wholeTile()) {
            requestRuns(key, tile);
            return;
        }
        int look = generation;
        CompletableFuture<Image> image = service.tile(level, tile.i, tile.j,
                () -> generation == look && shown.containsKey(key));
        if (image.isDone() && !image.isCancelled()) {
            // Drawn before: no frame without it. A tile that failed that fast is shown empty, as below.
            show(key, tile, look, image.isCompletedExceptionally() ? null : image.getNow(null));
        } else {
            image.whenComplete((drawn, error) -> Platform.runLater(() -> {
                if (error instanceof CancellationException) {
                    // Given up while this tile left the view and came back (a pan back and forth): ask again.
                    if (look == generation && shown.get(key) == tile) {
                        request(key, tile);
                    }
                } else {
                    show(key, tile, look, drawn);
                }
            }));
        }
    }

    /**
     * A tile with a picture already (an older look, or a kept one hidden): its new look is drawn as runs only and
     * expanded into that picture, which keeps its texture (see {@link TilePicture}).
     */
    private void requestRuns(long key, TileView tile) {
        int look = generation;
        CompletableFuture<byte[]> runs = service.runs(level, tile.i, tile.j,
                () -> generation == look && shown.containsKey(key));
        if (runs.isDone() && !runs.isCancelled()) {
            showRuns(key, tile, look, runs.isCompletedExceptionally() ? null : runs.getNow(null));
        } else {
            runs.whenComplete((drawn, error) -> Platform.runLater(() -> {
                if (error instanceof CancellationException) {
                    if (look == generation && shown.get(key) == tile) {
                        request(key, tile);
                    }
                } else {
                    showRuns(key, tile, look, drawn);
                }
            }));
        }
    }

    private void showRuns(long key, TileView tile, int look, byte[] runs) {
        if (look != generation || shown.get(key) != tile) {
            return;
        }
        if (runs == null || runs.length == 0) {
            show(key, tile, look, null); // nothing drawn there, or failed: no picture, as below
        } else if (tile.view.getImage() instanceof TilePicture kept && kept.wholeTile()) {
            kept.takeRuns(runs);
            shown(tile, look);
        } else {
            show(key, tile, look, TileImages.ofRuns(runs));
        }
    }

    private void show(long key, TileView tile, int look, Image image) {
        if (look != generation || shown.get(key) != tile) {
            return; // a newer look or another level has replaced it
        }
        // Null: nothing to draw there, or the tile failed (TileRequests logged why); either way it is done, the
        // layer must not wait for it.
        tile.view.setImage(image);
        shown(tile, look);
    }

    /** The tile shows {@code look} now. */
    private void shown(TileView tile, int look) {
        tile.view.setVisible(true);
        tile.generation = look;
        dropPreviousWhenComplete();
        fitExtraPictures();
    }

    /**
     * Keeps the pictures beyond the current level's tiles in view within {@code extraPictureBytes}: first the margin
     * kept for a pan back (drawn again from runs if the view comes back to it), then the previous level's tiles,
     * those farthest from the middle of the view first, so that what is left of it still covers the middle. The
     * tiles in view at the current level are never let go: they are what the map shows. Not applied while a wheel
     * turns: the levels it passes hold no pictures, so the previous level is all the layer holds then.
     */
    private void fitExtraPictures() {
        long over = extraPictureBytes() - extraPictureBytes;
        if (over <= 0) {
            return;
        }
        Iterator<TileView> margin = shown.values().iterator();
        while (over > 0 && margin.hasNext()) {
            TileView tile = margin.next();
            if (!inView(tile) && tile.view.getImage() != null) {
                current.getChildren().remove(tile.view);
                margin.remove();
                over -= PICTURE_BYTES;
            }
        }
        if (over > 0 && previousLevel >= 0 && lastView != null) {
            double p = Math.pow(2, lastView.zoom() - previousLevel);
            double cx = (lastView.width() / 2 - lastView.originX()) / p - TILE / 2.0;
            double cy = (lastView.height() / 2 - lastView.originY()) / p - TILE / 2.0;
            List<Node> farthestFirst = new ArrayList<>(previous.getChildren());
            farthestFirst.sort(Comparator.comparingDouble((Node n) -> {
                ImageView v = (ImageView) n;
                return Math.hypot(v.getX() - cx, v.getY() - cy);
            }).reversed());
            List<Node> dropped = new ArrayList<>();
            for (Node node : farthestFirst) {
                if (over <= 0) {
                    break;
                }
                dropped.add(node);
                if (((ImageView) node).getImage() != null) {
                    over -= PICTURE_BYTES;
                }
            }
            previous.getChildren().removeAll(dropped);
            if (previous.getChildren().isEmpty()) {
                previousLevel = -1;
            }
        }
    }

    private boolean inView(TileView tile) {
        return tile.i >= viewI0 && tile.i <= viewI1 && tile.j >= viewJ0 && tile.j <= viewJ1;
    }

    private static long pictures(Group group) {
        return group.getChildren().stream().filter(n -> ((ImageView) n).getImage() != null).count();
    }

    /**
     * Lets go of the previous level's tiles that the view no longer shows: zooming in by k levels leaves only one in
     * 4^k of them in view, and each is 256 KB plus its texture, the peak of the window's memory on a jump to a region.
     * The view is given in the previous level's pixels.
     */
    private void dropPreviousOutside(double originX, double originY, double width, double height) {
        previous.getChildren().removeIf(node -> {
            double x = ((ImageView) node).getX() + originX;
            double y = ((ImageView) node).getY() + originY;
            return x + TILE <= 0 || y + TILE <= 0 || x >= width || y >= height;
        });
        if (previous.getChildren().isEmpty()) {
            previousLevel = -1;
        }
    }

    private void dropPreviousWhenComplete() {
        if (!previous.getChildren().isEmpty() && complete()) {
            previous.getChildren().clear();
            previousLevel = -1;
        }
    }

    private static long clamp(long index, long last) {
        return Math.max(0, Math.min(last, index));
    }

    /** The view of the last layout, laid out again when a turning wheel stops. */
    private record View(double zoom, double originX, double originY, double width, double height) {
    }

    /** One tile on screen and the look it shows. */
    private static final class TileView {
        final long i;
        final long j;
        final ImageView view = new ImageView();
        int generation = -1;

        TileView(long i, long j) {
            this.i = i;
            this.j = j;
            view.setX(i * TILE);
            view.setY(j * TILE);
        }
    }
}
