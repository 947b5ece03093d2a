package org.cpatlas.render;

import java.util.List;

/**
 * The colours and line weights of the atlas map, shared by the screen and every printed or exported map.
 * Line widths are in points (1/72 inch) so print at any DPI keeps the look of the screen.
 * The choropleth palette is ColorBrewer GnBu (sequential, colour-blind safe, prints in grey).
 */
public record MapTheme(
        String name,
        Rgb sea,
        Rgb foreignLand,
        Rgb chinaLand,
        Rgb countryOutline,
        Rgb provinceOutline,
        Rgb countyOutline,
        Rgb regionOutline,
        Rgb selection,
        Rgb hover,
        Rgb label,
        Rgb labelHalo,
        Rgb provinceLabel,
        List<Rgb> choropleth,
        Rgb notReported,
        double provinceOutlinePt,
        double countyOutlinePt,
        double regionOutlinePt,
        double selectionOutlinePt) {

    public static MapTheme light() {
        return new MapTheme("light",
                Rgb.hex("#dbe7f0"), Rgb.hex("#ecebe6"), Rgb.hex("#fbfaf7"),
                Rgb.hex("#a7a39a"), Rgb.hex("#8c8c8c"), Rgb.hex("#cfcac0"),
                Rgb.hex("#41525e"), Rgb.hex("#d94801"), Rgb.hex("#1f2d3a"),
                Rgb.hex("#1b1f23"), Rgb.hex("#ffffff").withAlpha(0.85), Rgb.hex("#6b6b6b"),
                List.of(Rgb.hex("#f0f9e8"), Rgb.hex("#bae4bc"), Rgb.hex("#7bccc4"), Rgb.hex("#2b8cbe")),
                Rgb.hex("#d9d9d9"),
                0.6, 0.25, 0.8, 2.0);
    }

    public static MapTheme dark() {
        return new MapTheme("dark",
                Rgb.hex("#0f1a24"), Rgb.hex("#1f252b"), Rgb.hex("#2a3139"),
                Rgb.hex("#4a525b"), Rgb.hex("#66707a"), Rgb.hex("#3c444d"),
                Rgb.hex("#c9d4dd"), Rgb.hex("#fd8d3c"), Rgb.hex("#ffffff"),
                Rgb.hex("#f0f3f6"), Rgb.hex("#0d1117").withAlpha(0.85), Rgb.hex("#a9b3bd"),
                List.of(Rgb.hex("#2b4a3c"), Rgb.hex("#3f7a63"), Rgb.hex("#3f9e9a"), Rgb.hex("#4aa3d8")),
                Rgb.hex("#4b4f55"),
                0.6, 0.25, 0.8, 2.0);
    }

    public static MapTheme named(String name) {
        return "dark".equalsIgnoreCase(name) ? dark() : light();
    }
}
