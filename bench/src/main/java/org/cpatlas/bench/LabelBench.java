package org.cpatlas.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.LabelKind;
import org.cpatlas.render.LabelLanguage;
import org.cpatlas.render.LabelLayout;
import org.cpatlas.render.LabelPictures;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.PlacedLabel;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Label placement as the window does it ({@link LabelLayout}: 14 regions and 34 provinces, the window's label sizes,
 * its legend, scale bar, buttons and inset as obstacles) in a 1600x900 map:
 * <ul>
 * <li>{@code panAtOneLevel}: one view change at a level already placed (a pan step of 8 px at zoom 5, over central
 * China, every region in or near view): what each frame of a pan costs;</li>
 * <li>{@code newLevel}: the first placement at a zoom level (zoom 5 and 6 in turn: whether a label fits inside its
 * region is found again), the cost of a zoom step;</li>
 * <li>{@code wholeCountry}: the whole-country view at zoom 4.1, all 14 regions named (leaders included);</li>
 * <li>reference {@code referenceInteriorPoints}: plain JTS interior points of the 48 features at the view's level of
 * detail, the anchors the placement before this one took, with no search for room at all.</li>
 * </ul>
 * Label sites (poles of inaccessibility) are found once when the maps load, off the JavaFX thread, not here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LabelBench {

    @Param("maps")
    public String maps;

    private static final double PX_PER_PT = 96.0 / 72.0;
    private DrawableLayer regions;
    private DrawableLayer provinces;
    private LabelLayout.Sizes sizes;
    private LabelLayout panning;
    private LabelLayout zooming;
    private List<java.awt.geom.Rectangle2D> obstacles;
    private int step;

    @Setup(Level.Trial)
    public void load() {
        System.setProperty("java.awt.headless", "true");
        ShapefileReader reader = new ShapefileReader();
        MapSource source = MapSource.directory(Path.of(maps));
        regions = new DrawableLayer(source.readPolygons("regions", reader));
        provinces = new DrawableLayer(source.readPolygons("provinces", reader));
        LabelPictures painter = new LabelPictures(AtlasFonts.load(), MapTheme.light(), LabelLanguage.BOTH, 1);
        List<LabelPictures.Picture> regionPictures = painter.of(regions, true);
        List<LabelPictures.Picture> provincePictures = painter.of(provinces, false);
        sizes = (kind, i) -> {
            LabelPictures.Picture p = (kind == LabelKind.REGION ? regionPictures : provincePictures).get(i);
            return new LabelLayout.Size(p.blockWidth(), p.blockHeight());
        };
        for (int i = 0; i < regions.size(); i++) {
            regions.labelSites(i);
        }
        for (int i = 0; i < provinces.size(); i++) {
            provinces.labelSites(i);
        }
        obstacles = List.of(new java.awt.geom.Rectangle2D.Double(10, 620, 210, 270),
                new java.awt.geom.Rectangle2D.Double(1460, 850, 130, 40),
                new java.awt.geom.Rectangle2D.Double(1556, 10, 34, 110),
                new java.awt.geom.Rectangle2D.Double(1476, 640, 112, 160));
        panning = new LabelLayout(regions, provinces);
        zooming = new LabelLayout(regions, provinces);
    }

    private MapViewport panned() {
        // A circle of 8 px steps around central China at zoom 5.
        double angle = (step++ % 360) * Math.PI / 180;
        double lon = 108 + 2.0 * Math.cos(angle);
        double lat = 31 + 1.5 * Math.sin(angle);
        return new MapViewport(lon, lat, 5, 1600, 900);
    }

    @Benchmark
    public List<PlacedLabel> panAtOneLevel() {
        return panning.place(panned(), sizes, obstacles, true, PX_PER_PT);
    }

    @Benchmark
    public List<PlacedLabel> newLevel() {
        // The window's layout, zoomed a level in or out at each call: nothing of the level before is kept.
        MapViewport view = panned();
        return zooming.place(new MapViewport(view.centerLon(), view.centerLat(), 5 + (step & 1), 1600, 900), sizes,
                obstacles, true, PX_PER_PT);
    }

    @Benchmark
    public List<PlacedLabel> wholeCountry() {
        return new LabelLayout(regions, provinces).place(new MapViewport(104.0, 35.5, 4.1, 1600, 900), sizes,
                obstacles, true, PX_PER_PT);
    }

    @Benchmark
    public double referenceInteriorPoints() {
        double sum = 0;
        for (DrawableLayer layer : List.of(regions, provinces)) {
            for (int i = 0; i < layer.size(); i++) {
                Coordinate c = InteriorPointArea.getInteriorPoint(layer.geometryAt(i, 5));
                sum += c == null ? 0 : c.x;
            }
        }
        return sum;
    }
}
