package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.ScaleBar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleBarOnPageTest {

    private static final double EARTH_MEAN_RADIUS_M = 6_371_008.8;

    @ParameterizedTest
    @ValueSource(ints = {96, 300})
    void barLengthInPixelsCoversItsStatedGroundDistance(int dpiValue) {
        Dpi dpi = new Dpi(dpiValue);
        MapPageLayout layout = new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4, Orientation.PORTRAIT),
                PrintFixtures.STYLE).layout(dpi);
        MapViewport vp = layout.map().viewport();
        ScaleBar bar = layout.scaleBar();
        // Two points on the centre parallel, the bar's length apart in output pixels.
        double y = vp.height() / 2;
        double x0 = vp.width() / 2 - bar.lengthPx() / 2;
        Point2D.Double a = vp.toLonLat(x0, y);
        Point2D.Double b = vp.toLonLat(x0 + bar.lengthPx(), y);
        double alongParallel = Math.toRadians(b.x - a.x) * Math.cos(Math.toRadians(a.y)) * EARTH_MEAN_RADIUS_M;
        assertThat(haversine(a, b)).isCloseTo(bar.metres(), within(bar.metres() * 0.005));
        assertThat(alongParallel).isCloseTo(bar.metres(), within(bar.metres() * 0.005));
    }

    @ParameterizedTest
    @ValueSource(ints = {96, 300})
    void mapKeepsTheWindowsGroundExtentAndTheBarItsLengthOnPaper(int dpiValue) {
        MapPage page = new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4, Orientation.PORTRAIT),
                PrintFixtures.STYLE);
        MapPageLayout at72 = page.layout(new Dpi(72));
        MapPageLayout atDpi = page.layout(new Dpi(dpiValue));
        double ratio = dpiValue / 72.0;
        assertThat(atDpi.map().viewport().width()).isCloseTo(at72.map().viewport().width() * ratio, within(1e-6));
        assertThat(atDpi.scaleBar().metres()).isEqualTo(at72.scaleBar().metres());
        assertThat(atDpi.scaleBar().lengthPx() / ratio).isCloseTo(at72.scaleBar().lengthPx(), within(1e-6));
        // Same ground extent: the window's extent is inside the printed one along its binding axis.
        var screen = PrintFixtures.screenViewport().lonLatBounds();
        var printed = atDpi.map().viewport().lonLatBounds();
        assertThat(printed.contains(screen)).isTrue();
        boolean widthBinds = Math.abs(printed.getWidth() - screen.getWidth()) < 1e-6 * screen.getWidth();
        boolean heightBinds = Math.abs(printed.getHeight() - screen.getHeight()) < 1e-3 * screen.getHeight();
        assertThat(widthBinds || heightBinds).isTrue();
    }

    private static double haversine(Point2D.Double a, Point2D.Double b) {
        double p1 = Math.toRadians(a.y);
        double p2 = Math.toRadians(b.y);
        double dp = p2 - p1;
        double dl = Math.toRadians(b.x - a.x);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.sqrt(h));
    }
}
