package org.cpatlas.render;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * One tile of a county or province choropleth drawn once in a form any indicator's colours fill in without drawing
 * again: for every pixel, which unit it shows, how much of the unit's fill colour it takes, and what it is with no
 * fill colour at all (the basemap under the fill, seen through it, and the outlines over it). An indicator switch
 * then costs a pass over the pixels instead of projecting and rasterising every county of the tile (nine tenths of
 * the switch's time in a profile). The picture equals the one {@link MapPainter#paintIndicatorUnits} draws but where
 * two units share a pixel (it takes one unit's colour, under the outline drawn there anyway) and on the hatching of
 * units not reported (the basemap under a hatch line shows a little less).
 *
 * <p>Kept as runs of equal pixels (length, unit, weight and base pixel in 8 bytes), like the drawn tiles: a fifth to a tenth of
 * the arrays it is made from.
 */
final class UnitTile {

    private static final int TILE = TileRenderer.TILE_PX;
    private static final int PIXELS = TILE * TILE;
    /** The choropleth's fills are this opaque, on screen as on paper (see {@link MapPainter#paintIndicatorUnits}). */
    static final double FILL_ALPHA = 0.88;
    /** No unit under the pixel. */
    static final int NONE = 0xffff;
    /** The longest run (its length has 16 bits). */
    private static final int MAX_RUN = 0xffff;

    /** Runs of pixels as pairs of ints: length << 16 | unit, then weight << 24 | the base pixel's RGB. */
    private final int[] runs;

    private UnitTile(int[] runs) {
        this.runs = runs;
    }

    /** Bytes this tile keeps (for the store's budget). */
    int bytes() {
        return runs.length * Integer.BYTES + 16;
    }

    /**
     * Draws the tile's units of {@code units} (index = the layer's feature index) over the basemap, with the
     * regions' outlines over them, as {@link ThematicTilePainter} shows them.
     */
    static UnitTile draw(MapPainter painter, MapLayers layers, DrawableLayer units, RegionStyling outlinesOnly,
            int zoom, long x, long y, double pxPerPt) {
        MapViewport vp = TileRenderer.tileViewport(zoom, x, y);
        MapTheme theme = painter.theme();
        // Under the fill: the basemap.
        int[] base = pixels(TilePainter.paintTile(zoom, x, y, (g, tile) ->
                painter.paintBasemap(g, tile, layers, zoom >= TileRenderer.DEFAULT_COUNTY_MIN_ZOOM, pxPerPt)));
        Envelope visible = MapPainter.paddedBounds(vp);
        Rectangle2D clip = MapPainter.cutClip(vp);
        List<Integer> shown = units.intersecting(visible);
        Path2D.Double all = new Path2D.Double(Path2D.WIND_NON_ZERO);
        Path2D.Double outlines = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        Path2D.Double[] each = new Path2D.Double[shown.size()];
        for (int k = 0; k < shown.size(); k++) {
            each[k] = new Path2D.Double(Path2D.WIND_NON_ZERO);
            GeometryPaths.append(each[k], units.geometryAt(shown.get(k), vp.zoom()), vp, clip);
            all.append(each[k], false);
            outlines.append(each[k], false);
        }
        // How much of each pixel the units cover, anti-aliased as the fills are.
        int[] cover = pixels(TilePainter.paintTile(zoom, x, y, (g, tile) -> {
            g.setColor(Color.WHITE);
            g.fill(all);
        }));
        // Over the fill: the units' outlines and the regions' (transparent elsewhere).
        int[] over = pixels(TilePainter.paintTile(zoom, x, y, (g, tile) -> {
            g.setColor(theme.countyOutline().awt());
            g.setStroke(MapPainter.stroke(0.25 * pxPerPt));
            g.draw(outlines);
            painter.paintRegions(g, tile, layers, outlinesOnly, pxPerPt);
        }));
        short[] unit = unitUnder(each, shown, cover);
        int[] out = new int[1024];
        int n = 0;
        int start = 0;
        int startBase = 0;
        int startKey = 0;
        for (int p = 0; p <= PIXELS; p++) {
            int b = 0;
            int key = 0;
            if (p < PIXELS) {
                int a = over[p] >>> 24;
                int c = cover[p] >>> 24;
                int fill = (int) Math.round(FILL_ALPHA * c); // of 255
                int weight = (255 - a) * fill / 255;
                // The alpha byte is left out: the tile is opaque (the basemap fills it).
                b = weight << 24 | plus(over[p], scaled(base[p], (255 - a) * (255 - fill) / 255)) & 0xffffff;
                key = weight == 0 ? NONE : unit[p] & 0xffff;
            }
            if (p == 0) {
                startBase = b;
                startKey = key;
            } else if (p == PIXELS || b != startBase || key != startKey || p - start == MAX_RUN) {
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = (p - start) << 16 | startKey;
                out[n++] = startBase;
                start = p;
                startBase = b;
                startKey = key;
            }
        }
        return new UnitTile(Arrays.copyOf(out, n));
    }

    /**
     * The tile with each unit in its colour: {@code colours[unit]} an opaque RGB, or -1 for a unit not reported,
     * drawn in {@code notReported}'s pixels (its colour with the hatching, see {@link #notReportedPattern}).
     */
    BufferedImage paint(int[] colours, int[] notReported) {
        BufferedImage image = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_ARGB_PRE);
        paint(colours, notReported, ((DataBufferInt) image.getRaster().getDataBuffer()).getData());
        return image;
    }

    /** As {@link #paint(int[], int[])}, into {@code pixels} (the tile's size; every pixel is set), returned. */
    int[] paint(int[] colours, int[] notReported, int[] pixels) {
        int at = 0;
        for (int r = 0; r < runs.length; r += 2) {
            int length = runs[r] >>> 16;
            int colour = colourOf(runs[r] & 0xffff, colours);
            int weight = runs[r + 1] >>> 24;
            int base = runs[r + 1] & 0xffffff;
            // Opaque: the basemap fills the tile (alpha is only rounded below 255 by the sums).
            if (weight == 0 || colour != -1) {
                Arrays.fill(pixels, at, at + length, filled(base, weight, colour));
            } else {
                for (int p = at; p < at + length; p++) {
                    pixels[p] = hatched(base, weight, notReported[p]);
                }
            }
            at += length;
        }
        return pixels;
    }

    /**
     * As {@link #paint(int[], int[], int[])}, written as runs of equal pixels into {@code into} (emptied first): a
     * run of one unit with one colour is one run of pixels, without writing them, and two such runs of the same
     * pixel are one (only the hatching of units not reported goes pixel by pixel).
     */
    void paintRuns(int[] colours, int[] notReported, PixelRuns into) {
        into.clear();
        int at = 0;
        for (int r = 0; r < runs.length; r += 2) {
            int length = runs[r] >>> 16;
            int colour = colourOf(runs[r] & 0xffff, colours);
            int weight = runs[r + 1] >>> 24;
            int base = runs[r + 1] & 0xffffff;
            if (weight == 0 || colour != -1) {
                into.add(length, filled(base, weight, colour));
            } else {
                for (int p = at; p < at + length; p++) {
                    into.add(1, hatched(base, weight, notReported[p]));
                }
            }
            at += length;
        }
    }

    /** A unit's colour (an RGB, or -1 for not reported); a pixel at the layer's edge with no unit near it: -1. */
    private static int colourOf(int unit, int[] colours) {
        return unit == NONE || unit >= colours.length ? -1 : colours[unit];
    }

    /** A pixel with no fill ({@code weight} 0) or the unit's colour at that weight over the base. */
    private static int filled(int base, int weight, int colour) {
        return weight == 0 ? base | 0xff000000 : plus(base, scaled(colour | 0xff000000, weight)) | 0xff000000;
    }

    /** A pixel of a unit not reported: the hatched colour at that weight over the base. */
    private static int hatched(int base, int weight, int pattern) {
        // Under a hatch line the basemap and outlines show through the line too: less of them.
        int hatch = pattern >>> 24;
        return plus(hatch == 0 ? base : scaled(base, 255 - hatch), scaled(pattern | 0xff000000, weight)) | 0xff000000;
    }

    /**
     * The colour a unit not reported takes at each pixel of a tile: the theme's colour with the hatching drawn over
     * it (the lines lie the same on every tile: they start at its corner), so that at the fill's opacity it looks as
     * the hatched fill does; in the alpha byte, how opaque the hatch line is there.
     */
    static int[] notReportedPattern(MapPainter painter, double pxPerPt) {
        int[] lines = pixels(TilePainter.paintTile(0, 0, 0, (g, tile) ->
                painter.hatch(g, new Rectangle2D.Double(0, 0, TILE, TILE), pxPerPt)));
        int nr = painter.theme().notReported().awt().getRGB();
        int[] pattern = new int[PIXELS];
        for (int p = 0; p < PIXELS; p++) {
            // The hatch is drawn over the fill: its premultiplied pixel plus the fill, scaled to show through it,
            // divided by the fill's opacity (what the fill must be for the same result over the basemap).
            int a = lines[p] >>> 24;
            int mixed = plus(lines[p], scaled(nr | 0xff000000, 255 - a));
            pattern[p] = a << 24 | (a == 0 ? nr & 0xffffff : divided(mixed, a, nr));
        }
        return pattern;
    }

    /** Where a hatch line lies, its pixel over the fill lifted by the fill's opacity (kept within range). */
    private static int divided(int mixed, int hatchAlpha, int fill) {
        int rgb = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int m = (mixed >> shift) & 0xff;
            int f = (fill >> shift) & 0xff;
            // Only the line's own part is lifted; the fill's part already is the fill.
            double line = m - f * (255 - hatchAlpha) / 255.0;
            int v = (int) Math.round(f * (255 - hatchAlpha) / 255.0 + line / FILL_ALPHA);
            rgb |= Math.max(0, Math.min(255, v)) << shift;
        }
        return rgb;
    }

    /**
     * The unit under each pixel: each unit filled in a colour of its own without anti-aliasing; a pixel the units
     * only partly cover (at the edge of the layer) takes a neighbour's unit.
     */
    private static short[] unitUnder(Path2D.Double[] each, List<Integer> shown, int[] cover) {
        BufferedImage ids = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ids.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setComposite(AlphaComposite.Src);
            g.setColor(new Color(NONE));
            g.fillRect(0, 0, TILE, TILE);
            for (int k = 0; k < each.length; k++) {
                g.setColor(new Color(shown.get(k)));
                g.fill(each[k]);
            }
        } finally {
            g.dispose();
        }
        int[] rgb = ((DataBufferInt) ids.getRaster().getDataBuffer()).getData();
        short[] unit = new short[PIXELS];
        for (int p = 0; p < PIXELS; p++) {
            unit[p] = (short) (rgb[p] & 0xffff);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int p = 0; p < PIXELS; p++) {
                if ((unit[p] & 0xffff) == NONE && cover[p] >>> 24 != 0) {
                    unit[p] = neighbour(unit, p);
                }
            }
        }
        return unit;
    }

    private static short neighbour(short[] unit, int p) {
        int px = p % TILE;
        int[] candidates = {px > 0 ? p - 1 : -1, px < TILE - 1 ? p + 1 : -1, p - TILE, p + TILE};
        for (int q : candidates) {
            if (q >= 0 && q < PIXELS && (unit[q] & 0xffff) != NONE) {
                return unit[q];
            }
        }
        return (short) NONE;
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** A premultiplied pixel times {@code f}/255, every channel (alpha too). */
    private static int scaled(int argb, int f) {
        int out = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            out |= ((((argb >>> shift) & 0xff) * f + 127) / 255) << shift;
        }
        return out;
    }

    /** Two premultiplied pixels added, every channel kept within 255. */
    private static int plus(int a, int b) {
        int out = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            out |= Math.min(255, ((a >>> shift) & 0xff) + ((b >>> shift) & 0xff)) << shift;
        }
        return out;
    }
}
