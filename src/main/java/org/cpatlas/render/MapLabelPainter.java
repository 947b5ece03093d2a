package org.cpatlas.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.geo.Feature;

/**
 * The Java2D painter of map labels for print, export and tiles of pages: it measures each label in the output's
 * fonts, has {@link LabelLayout} place them (the same placement the window uses), then draws leader lines and text
 * with a halo. Sizes are in points, scaled by the output's pixels per point.
 */
public final class MapLabelPainter {

    /** The least type size of a label, in points: journals do not accept smaller. */
    static final double MIN_PT = 6;
    /** Width of the halo's stroke round the letters, in points. */
    static final double HALO_PT = 2.2;
    /** Text is measured device-independently, so a label has the same size in PNG at any DPI, PDF and SVG. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** A placed label with its lines of text and their fonts. */
    public record Drawn(PlacedLabel placement, List<String> lines, List<Font> fonts) {
    }

    private final MapTheme theme;
    private final AtlasFonts fonts;
    private final LabelSizes type;

    public MapLabelPainter(MapTheme theme, AtlasFonts fonts) {
        this(theme, fonts, LabelSizes.PAGE);
    }

    public MapLabelPainter(MapTheme theme, AtlasFonts fonts, LabelSizes type) {
        this.theme = theme;
        this.fonts = fonts;
        this.type = type;
    }

    /** Where the labels of this map go (nothing drawn): the boxes a page layout checks. */
    public List<Drawn> place(MapViewport vp, MapLayers layers, MapOptions options, double pxPerPt,
            List<java.awt.geom.Rectangle2D> obstacles) {
        if (!options.regionLabels() && !options.provinceLabels()) {
            return List.of();
        }
        LabelLayout layout = new LabelLayout(layers.regions(), layers.provinces());
        // A name shortens before it goes. Each step is tried only while some region found no room: the full labels;
        // those regions' labels shortened (to the Chinese name when both are shown, else to the English short form);
        // every region's label shortened; all of them a size smaller (never under 6 pt). The first step that names
        // every region wins, else the one that names most.
        double[] scales = {1, 1, 1, 0.85};
        Lines regionLines = null;
        Lines provinceLines = null;
        List<PlacedLabel> placed = null;
        int fewestMissing = Integer.MAX_VALUE;
        List<Integer> failed = List.of();
        for (int step = 0; step < scales.length; step++) {
            double k = scales[step];
            Lines r = new Lines(layers.regions(), options.language(),
                    fonts.bold(Math.max(MIN_PT, type.regionFirstPt() * k) * pxPerPt),
                    fonts.regular(Math.max(MIN_PT, type.regionSecondPt() * k) * pxPerPt), options.regionLabels());
            Lines p = new Lines(layers.provinces(), options.language(),
                    fonts.regular(type.provinceFirstPt() * pxPerPt), fonts.regular(type.provinceSecondPt() * pxPerPt),
                    options.provinceLabels());
            if (step == 1) {
                r.shorten(failed);
            } else if (step >= 2) {
                r.shortenAll();
            }
            List<PlacedLabel> result = layout.place(vp,
                    (kind, i) -> (kind == LabelKind.REGION ? r : p).size(i), obstacles, options.provinceLabels(),
                    pxPerPt);
            failed = layout.unplaced();
            if (failed.size() < fewestMissing) {
                fewestMissing = failed.size();
                placed = result;
                regionLines = r;
                provinceLines = p;
            }
            if (failed.isEmpty()) {
                break;
            }
        }
        List<Drawn> drawn = new ArrayList<>(placed.size());
        for (PlacedLabel p : placed) {
            Lines lines = p.kind() == LabelKind.REGION ? regionLines : provinceLines;
            drawn.add(new Drawn(p, lines.text(p.feature()), lines.fonts(p.feature())));
        }
        return drawn;
    }

    /** Places and draws the labels. */
    public void paint(Graphics2D g, MapViewport vp, MapLayers layers, MapOptions options, double pxPerPt,
            List<java.awt.geom.Rectangle2D> obstacles) {
        List<Drawn> drawn = place(vp, layers, options, pxPerPt, obstacles);
        for (Drawn d : drawn) {
            if (d.placement().leader()) {
                paintLeader(g, d.placement(), d.placement().kind() == LabelKind.REGION ? theme.label()
                        : theme.provinceLabel(), pxPerPt);
            }
        }
        for (Drawn d : drawn) {
            paintText(g, d, d.placement().kind() == LabelKind.REGION ? theme.label() : theme.provinceLabel(),
                    pxPerPt);
        }
    }

    private void paintLeader(Graphics2D g, PlacedLabel p, Rgb colour, double pxPerPt) {
        Point2D end = p.leaderEnd();
        Line2D line = new Line2D.Double(p.anchor(), end);
        g.setColor(theme.labelHalo().awt());
        g.setStroke(new BasicStroke((float) (1.6 * pxPerPt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.setColor(colour.awt());
        g.setStroke(new BasicStroke((float) (0.5 * pxPerPt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        double r = 1.1 * pxPerPt;
        g.fill(new Ellipse2D.Double(p.anchor().getX() - r, p.anchor().getY() - r, 2 * r, 2 * r));
    }

    private void paintText(Graphics2D g, Drawn d, Rgb colour, double pxPerPt) {
        java.awt.geom.Rectangle2D box = d.placement().box();
        double centre = box.getCenterX();
        double baseline = box.getY();
        Stroke halo = new BasicStroke((float) (HALO_PT * pxPerPt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (int k = 0; k < d.lines().size(); k++) {
            Font font = d.fonts().get(k);
            TextLayout layout = new TextLayout(d.lines().get(k), font, MEASURE);
            baseline += layout.getAscent();
            double x = centre - layout.getAdvance() / 2;
            if (Boolean.TRUE.equals(g.getRenderingHint(TextHalo.KEY))) {
                g.setPaint(new TextHalo.Colour(theme.labelHalo().awt(), HALO_PT * pxPerPt));
                g.setFont(font);
                g.drawString(d.lines().get(k), (float) x, (float) baseline);
            } else {
                Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
                g.setColor(theme.labelHalo().awt());
                g.setStroke(halo);
                g.draw(outline);
            }
            g.setColor(colour.awt());
            // drawString, not TextLayout.draw: the latter reaches Graphics2D as drawGlyphVector, which the PDF
            // and SVG back ends turn into outlines. As a string the label stays selectable and searchable text.
            g.setFont(font);
            g.drawString(d.lines().get(k), (float) x, (float) baseline);
            baseline += layout.getDescent();
        }
    }

    /** The lines of each feature's label and their measured block, made when first asked for. */
    private static final class Lines {
        private final DrawableLayer layer;
        private final LabelLanguage language;
        private final Font first;
        private final Font second;
        private final boolean shown;
        private final java.util.Map<Integer, LabelLayout.Size> sizes = new java.util.HashMap<>();
        private final java.util.Set<Integer> shortened = new java.util.HashSet<>();

        Lines(DrawableLayer layer, LabelLanguage language, Font first, Font second, boolean shown) {
            this.layer = layer;
            this.language = language;
            this.first = first;
            this.second = second;
            this.shown = shown;
        }

        List<String> text(int i) {
            return block(i).lines();
        }

        private LabelText.Block block(int i) {
            Feature f = layer.feature(i);
            LabelText.Block full = LabelText.block(f.text("name_zh"), f.text("name_en"), language, first, second);
            if (!shortened.contains(i)) {
                return full;
            }
            if (full.firstFontLines() < full.lines().size()) {
                return new LabelText.Block(full.lines().subList(0, full.firstFontLines()), full.firstFontLines());
            }
            // English alone: its short form.
            return LabelText.block(f.text("name_zh"), LabelText.abbreviated(f.text("name_en")), language, first,
                    second);
        }

        /** These features' labels keep only their first-font lines from now on. */
        void shorten(java.util.Collection<Integer> features) {
            shortened.addAll(features);
            features.forEach(sizes::remove);
        }

        void shortenAll() {
            for (int i = 0; i < layer.size(); i++) {
                shortened.add(i);
            }
            sizes.clear();
        }


        List<Font> fonts(int i) {
            LabelText.Block block = block(i);
            List<Font> list = new ArrayList<>();
            for (int k = 0; k < block.lines().size(); k++) {
                list.add(block.font(k, first, second));
            }
            return list;
        }

        LabelLayout.Size size(int i) {
            if (!shown) {
                return null;
            }
            return sizes.computeIfAbsent(i, k -> {
                LabelText.Block block = block(k);
                List<String> lines = block.lines();
                if (lines.isEmpty()) {
                    return null;
                }
                double w = 0;
                double h = 0;
                for (int n = 0; n < lines.size(); n++) {
                    TextLayout layout = new TextLayout(lines.get(n), block.font(n, first, second), MEASURE);
                    w = Math.max(w, layout.getAdvance());
                    h += layout.getAscent() + layout.getDescent();
                }
                return new LabelLayout.Size(w, h);
            });
        }
    }
}
