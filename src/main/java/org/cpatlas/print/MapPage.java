package org.cpatlas.print;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.cpatlas.render.MapPainter;

/**
 * The map as shown in the window (or the whole country, or one region), on paper or as a journal figure: title
 * (zh + en; none on a figure), the map, legend, scale bar, north arrow, the South China Sea inset on whole-country
 * maps, credit line and date, placed by {@link MapPageLayout} so that none overlaps another.
 */
public final class MapPage implements PrintPage {

    private final MapSheet sheet;
    private final PageSetup setup;
    private final PrintStyle style;

    public MapPage(MapSheet sheet, PageSetup setup, PrintStyle style) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.setup = Objects.requireNonNull(setup, "setup");
        this.style = Objects.requireNonNull(style, "style");
    }

    /** A journal figure of this width; its height follows from the map's shape and the legend under it. */
    public static MapPage figure(MapSheet sheet, double widthMm, PrintStyle style) {
        return new MapPage(sheet, PageSetup.figure(widthMm, MapPageLayout.figureHeightMm(sheet, widthMm, style)),
                style);
    }

    @Override
    public PageSetup setup() {
        return setup;
    }

    public MapSheet sheet() {
        return sheet;
    }

    /** The geometry this page is drawn with at a resolution. */
    public MapPageLayout layout(Dpi dpi) {
        return MapPageLayout.compute(sheet, setup, dpi, style);
    }

    /** "Printed 2025-11-25": the right-hand side of the footer. */
    static String printedOn(LocalDate date) {
        return "Printed " + date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    @Override
    public void paint(Graphics2D g, Dpi detail) {
        MapPainter.prepare(g);
        MapPageLayout layout = layout(detail);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, setup.widthPt(), setup.heightPt()));
        if (layout.titleBox().height > 0) {
            PageText.title(g, style, sheet.titleZh(), sheet.titleEn(), layout.titleBox());
        }
        layout.map().paint(g, style, sheet.layers(), sheet.styling(), sheet.options());
        LegendPainter.paintLegend(g, style, layout.legend(), sheet.legendTitle(), sheet.styling(), layout.scaleBar(),
                layout.map().viewport().centerLat(), detail);
        PageText.footer(g, style, layout.creditLine(), printedOn(sheet.date()), layout.footerBox());
    }
}
