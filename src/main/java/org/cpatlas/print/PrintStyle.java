package org.cpatlas.print;

import java.util.Objects;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.MapPainter;
import org.cpatlas.render.MapTheme;

/** The painter and fonts every page is drawn with: one theme, one CJK font, for screen, paper, PDF and SVG. */
public record PrintStyle(MapPainter painter, AtlasFonts fonts) {

    public PrintStyle {
        Objects.requireNonNull(painter, "painter");
        Objects.requireNonNull(fonts, "fonts");
    }

    /** Print is always the light theme: a dark sea wastes toner and fails in greyscale. */
    public static PrintStyle light(AtlasFonts fonts) {
        return new PrintStyle(new MapPainter(MapTheme.light(), fonts), fonts);
    }

    public MapTheme theme() {
        return painter.theme();
    }
}
