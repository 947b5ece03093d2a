package org.cpatlas.geo;

import java.util.Locale;
import org.cpatlas.geo.ShapefileException.Reason;

/**
 * How much memory the atlas gives its map layers, and the checks that keep a layer within it before it is read: the
 * size of each file before it is read whole, then what its records declare (points, parts, records, fields) before
 * they are decoded. A layer too large is refused in words that say the limit and why, instead of filling the heap.
 *
 * <p>The limit is one for the window and every command, sized for the window's heap cap: a layer that a command can
 * read, the window can show. One budget serves one load of the atlas's layers (regions, provinces, counties,
 * countries together); {@link #perLayer()} checks each layer on its own, for tools that read one layer at a time.
 */
public final class LayerBudget {

    /** The window's heap cap in MB: {@code -Xmx} in {@code atlas.window.jvm} of pom.xml (a test keeps them equal). */
    public static final int WINDOW_HEAP_MB = 192;

    /**
     * The memory all the layers of one load may take together, while they are read and checked and once read: about
     * 1.8 times what the atlas's own layers take by {@link LayerSize}'s estimate (35 MB since the county layer holds
     * every county of China, 27 MB before), so that layers nearly twice as detailed still load, and under half the
     * window's heap, whose views and tiles keep some 75 MB besides the layers (bench/README.md).
     */
    public static final long LAYERS_BYTES = 64L << 20;

    /**
     * A .cpg names an encoding in a few bytes and a .prj a coordinate system in a few hundred: anything near this size
     * is another kind of file.
     */
    static final int TEXT_PART_BYTES = 64 << 10;

    private final boolean cumulative;
    private final long limit;
    private long admitted;

    LayerBudget(boolean cumulative, long limit) {
        this.cumulative = cumulative;
        this.limit = limit;
    }

    /** Each layer read with this budget must fit on its own. */
    public static LayerBudget perLayer() {
        return new LayerBudget(false, LAYERS_BYTES);
    }

    /** The layers read with this budget must fit together: one load of the atlas's map. */
    public static LayerBudget forOneLoad() {
        return new LayerBudget(true, LAYERS_BYTES);
    }

    /** Refuses a file whose bytes alone exceed the budget, before it is read. */
    static void requireFileFits(String label, long bytes, String remedy) {
        if (bytes > LAYERS_BYTES) {
            throw new ShapefileException(Reason.TOO_LARGE, label, label + " is " + megabytes(bytes) + ", more than the "
                    + megabytes(LAYERS_BYTES) + why() + "; " + remedy);
        }
    }

    /** Refuses a .cpg or .prj larger than such a file can be, before it is read. */
    static void requireTextFits(String label, long bytes, String what) {
        if (bytes > TEXT_PART_BYTES) {
            throw new ShapefileException(Reason.TOO_LARGE, label, label + " is " + megabytes(bytes) + ", but a " + what
                    + " is a few lines of text (at most " + TEXT_PART_BYTES / 1024 + " KB are read): it is another kind"
                    + " of file under that name; remove it, or export the layer again");
        }
    }

    /** Takes the layer's share of the budget, or refuses it, before any record is decoded. */
    synchronized void admit(String shpLabel, LayerSize size) {
        long before = cumulative ? admitted : 0;
        long needed = size.bytes();
        if (before + needed > limit) {
            String earlier = before == 0 ? "" : " (the layers read before it take " + megabytes(before) + ")";
            throw new ShapefileException(Reason.TOO_LARGE, shpLabel, shpLabel + " is too large for the atlas: its "
                    + count(size.points()) + " points in " + count(size.parts()) + " parts and " + count(size.records())
                    + " records (up to " + count(size.largestRecord()) + " points in one) would take about "
                    + megabytes(needed) + " of memory once read, more than the "
                    + megabytes(limit) + why() + earlier + "; simplify the layer, e.g. mapshaper " + shpLabel
                    + " -simplify 10% keep-shapes -o out.shp, or keep only the features the atlas needs");
        }
        admitted = before + needed;
    }

    private static String why() {
        return " the atlas gives all its map layers together (so that its window runs in " + WINDOW_HEAP_MB
                + " MB of memory)";
    }

    static String megabytes(long bytes) {
        double mb = bytes / (double) (1L << 20);
        return mb < 10 ? String.format(Locale.ROOT, "%.1f MB", mb) : String.format(Locale.ROOT, "%,d MB", Math.round(mb));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
