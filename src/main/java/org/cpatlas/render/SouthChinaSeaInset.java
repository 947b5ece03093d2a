package org.cpatlas.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Envelope;

/**
 * The South China Sea islands inset (南海诸岛) of whole-country maps: the schematic of Apache ECharts 4.9.0 (coast and
 * the ten dashes of the boundary line, {@code maps/nanhai.shp}) in a frame of its own, with a caption and a note
 * that it is not to scale. Drawn with Java2D in a box of the output's pixels, the same for print and window. A map
 * whose frame shows the whole country carries it (a Chinese journal sends back a map of China without it); the main
 * frame may then stop short of the far south.
 */
public final class SouthChinaSeaInset {

    public static final String CAPTION_ZH = "南海诸岛";
    public static final String NOTE = "示意图 not to scale";
    /** The credit of the inset's geometry, for the credit line of every map that shows it. */
    public static final String CREDIT = "South China Sea inset: Apache ECharts 4.9.0 (Apache-2.0)";
    /** Mainland China without the far south: a view showing all of it shows the whole country. */
    static final Envelope MAINLAND = new Envelope(80, 128, 22, 50);

    private static final double CAPTION_PT = 7;
    private static final double NOTE_PT = 6;
    private static final double PAD_PT = 3;

    private final MapTheme theme;
    private final AtlasFonts fonts;
    private final DrawableLayer layer;

    public SouthChinaSeaInset(MapTheme theme, AtlasFonts fonts, DrawableLayer layer) {
        this.theme = theme;
        this.fonts = fonts;
        this.layer = layer;
    }

    /** True when the viewport shows the whole country: the maps that carry the inset. */
    public static boolean wholeCountry(MapViewport vp) {
        return vp.lonLatBounds().contains(MAINLAND);
    }

    /** The inset's height in points for a width in points: caption, schematic at its own proportions, note. */
    public double heightPt(double widthPt) {
        double inner = widthPt - 2 * PAD_PT;
        return captionBandPt() + inner / aspect() + noteLines(inner).size() * noteBandPt() + PAD_PT;
    }

    /** The note on one line, or on two ("示意图", "not to scale") in a narrow inset. */
    private java.util.List<String> noteLines(double innerWidthPt) {
        double w = fonts.regular(NOTE_PT).getStringBounds(NOTE, LabelText.MEASURE).getWidth();
        return w <= innerWidthPt ? java.util.List.of(NOTE) : java.util.List.of(NOTE.split(" ", 2));
    }

    /** Width over height of the schematic in web Mercator. */
    private double aspect() {
        Envelope e = layer.layer().bounds();
        double w = WebMercator.lonToX(e.getMaxX(), 0) - WebMercator.lonToX(e.getMinX(), 0);
        double h = WebMercator.latToY(e.getMinY(), 0) - WebMercator.latToY(e.getMaxY(), 0);
        return w / h;
    }

    private static double captionBandPt() {
        return PAD_PT + CAPTION_PT * 1.3;
    }

    private static double noteBandPt() {
        return NOTE_PT * 1.35;
    }

    /** Draws the inset filling {@code box} (pixels of the output, {@code pxPerPt} of them to a point). */
    public void paint(Graphics2D g, Rectangle2D box, double pxPerPt) {
        Graphics2D ig = (Graphics2D) g.create();
        try {
            ig.clip(box);
            ig.setColor(theme.sea().awt());
            ig.fill(box);
            double pad = PAD_PT * pxPerPt;
            double top = box.getY() + captionBandPt() * pxPerPt;
            int noteCount = noteLines(box.getWidth() / pxPerPt - 2 * PAD_PT).size();
            double bottom = box.getMaxY() - (noteCount * noteBandPt() + PAD_PT) * pxPerPt;
            MapViewport vp = MapViewport.fitting(layer.layer().bounds(), box.getWidth() - 2 * pad, bottom - top, 0);
            ig.translate(box.getX() + pad, top);
            paintSchematic(ig, vp, pxPerPt);
        } finally {
            ig.dispose();
        }
        Font caption = fonts.bold(CAPTION_PT * pxPerPt);
        Font note = fonts.regular(NOTE_PT * pxPerPt);
        g.setColor(theme.label().awt());
        g.setFont(caption);
        g.drawString(CAPTION_ZH, (float) (box.getX() + PAD_PT * pxPerPt),
                (float) (box.getY() + (PAD_PT + CAPTION_PT) * pxPerPt));
        g.setColor(theme.provinceLabel().awt());
        g.setFont(note);
        java.util.List<String> notes = noteLines(box.getWidth() / pxPerPt - 2 * PAD_PT);
        for (int i = 0; i < notes.size(); i++) {
            double baseline = box.getMaxY() - (PAD_PT + (notes.size() - 1 - i) * noteBandPt()) * pxPerPt;
            g.drawString(notes.get(i), (float) (box.getX() + PAD_PT * pxPerPt), (float) baseline);
        }
        g.setColor(theme.regionOutline().awt());
        g.setStroke(new BasicStroke((float) (0.6 * pxPerPt)));
        g.draw(box);
    }

    private void paintSchematic(Graphics2D g, MapViewport vp, double pxPerPt) {
        Path2D.Double coast = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        Path2D.Double dashes = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < layer.size(); i++) {
            String part = layer.feature(i).text("part");
            if ("coast".equals(part)) {
                GeometryPaths.append(coast, layer.feature(i).geometry(), vp);
            } else if ("dash".equals(part)) {
                GeometryPaths.append(dashes, layer.feature(i).geometry(), vp);
            }
            // ECharts' own frame ("frame") is replaced by the inset's frame, drawn round the whole box.
        }
        g.setColor(theme.foreignLand().awt());
        g.fill(coast);
        g.setColor(theme.countryOutline().awt());
        g.setStroke(new BasicStroke((float) (0.5 * pxPerPt)));
        g.draw(coast);
        g.setColor(theme.regionOutline().awt());
        g.fill(dashes);
        g.setStroke(new BasicStroke((float) (0.4 * pxPerPt)));
        g.draw(dashes);
    }

    /** The credit line of a map, with the inset's credit when the inset is drawn. */
    public static String creditWithInset(String credits) {
        return credits.contains(CREDIT) ? credits : credits + "; " + CREDIT;
    }
}
