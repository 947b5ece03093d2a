package org.cpatlas.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.geo.Feature;

/**
 * The region and province names of the map window as pictures with a halo, drawn with Java2D on any thread: the
 * window only places them. Drawing them in the JavaFX scene (a snapshot of haloed text) took 100-150 ms of the
 * window's first layout; here they are drawn on a background thread while the window is being laid out.
 */
public final class LabelPictures {

    private static final int HALO_DIRECTIONS = 8;
    private static final double HALO_RADIUS = 1.5;
    private static final double REGION_FIRST_PX = 12.5;
    private static final double PROVINCE_FIRST_PX = 10.5;
    private static final double SECOND_PX = 10;

    /**
     * One label: its lines, the size of its text block (for placing it and keeping labels apart), and its pixels
     * (premultiplied ARGB, halo included) at {@code density} pixels per unit, whose top-left corner is
     * {@code (originX, originY)} units from the block's top centre.
     */
    public record Picture(List<String> lines, double blockWidth, double blockHeight, int pixelWidth, int pixelHeight,
            double density, double originX, double originY, int[] argbPre) {
    }

    private final AtlasFonts fonts;
    private final MapTheme theme;
    private final LabelLanguage language;
    private final double density;

    public LabelPictures(AtlasFonts fonts, MapTheme theme, LabelLanguage language, double density) {
        this.fonts = fonts;
        this.theme = theme;
        this.language = language;
        this.density = density;
    }

    /** The label of every feature of a layer, in feature order (region labels are larger and bold). */
    public List<Picture> of(DrawableLayer layer, boolean regions) {
        Font first = regions ? fonts.bold(REGION_FIRST_PX) : fonts.regular(PROVINCE_FIRST_PX);
        Font second = fonts.regular(SECOND_PX);
        Rgb colour = regions ? theme.label() : theme.provinceLabel();
        List<Picture> pictures = new ArrayList<>(layer.size());
        for (int i = 0; i < layer.size(); i++) {
            Feature f = layer.feature(i);
            // The same lines as on paper (LabelText): the long English names broken to the Chinese name's width.
            LabelText.Block block = f.text("name_zh").isEmpty() && f.text("name_en").isEmpty()
                    ? new LabelText.Block(List.of(), 0)
                    : LabelText.block(f.text("name_zh"), f.text("name_en"), language, first, second);
            pictures.add(draw(block, first, second, colour));
        }
        return pictures;
    }

    Picture draw(List<String> lines, Font first, Font second, Rgb colour) {
        return draw(new LabelText.Block(List.copyOf(lines), 1), first, second, colour);
    }

    Picture draw(LabelText.Block block, Font first, Font second, Rgb colour) {
        List<String> lines = block.lines();
        if (lines.isEmpty()) {
            return new Picture(lines, 0, 0, 0, 0, density, 0, 0, new int[0]);
        }
        FontRenderContext frc = new FontRenderContext(null, true, true);
        List<TextLayout> layouts = new ArrayList<>(lines.size());
        double width = 0;
        double height = 0;
        for (int k = 0; k < lines.size(); k++) {
            TextLayout layout = new TextLayout(lines.get(k), block.font(k, first, second), frc);
            layouts.add(layout);
            width = Math.max(width, layout.getAdvance());
            height += layout.getAscent() + layout.getDescent();
        }
        // Whole units around the block, with room for the halo: the picture is then placed on whole pixels.
        double margin = Math.ceil(HALO_RADIUS + 1);
        double left = Math.floor(-width / 2 - margin);
        double right = Math.ceil(width / 2 + margin);
        double top = -margin;
        double bottom = Math.ceil(height + margin);
        int w = (int) Math.ceil((right - left) * density);
        int h = (int) Math.ceil((bottom - top) * density);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(density, density);
            g.translate(-left, -top);
            double baseline = 0;
            for (int k = 0; k < layouts.size(); k++) {
                TextLayout layout = layouts.get(k);
                baseline += layout.getAscent();
                float x = (float) (-layout.getAdvance() / 2);
                g.setFont(block.font(k, first, second));
                // The halo: the line in the halo colour a pixel and a half away in eight directions, drawn from the
                // glyph cache; stroking the outlines of Chinese glyphs costs far more and looks the same here.
                g.setColor(theme.labelHalo().awt());
                for (int d = 0; d < HALO_DIRECTIONS; d++) {
                    double angle = 2 * Math.PI * d / HALO_DIRECTIONS;
                    g.drawString(lines.get(k), (float) (x + HALO_RADIUS * Math.cos(angle)),
                            (float) (baseline + HALO_RADIUS * Math.sin(angle)));
                }
                g.setColor(colour.awt());
                g.drawString(lines.get(k), x, (float) baseline);
                baseline += layout.getDescent();
            }
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new Picture(lines, width, height, w, h, density, left, top, pixels);
    }
}
