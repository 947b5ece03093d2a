package org.cpatlas.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.LayerIndex;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
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
 * Point-in-region hit test (what a click and every mouse move do) on the real layers: {@link LayerIndex#first} on
 * regions.shp, and the full identify (region, province, county). Reference: plain JTS, no index, no preparation:
 * {@code geometry.contains(point)} over the 14 region geometries. Points are uniform over China's extent
 * (73-135.5 E, 17.5-53.8 N), fixed seed, so hits and misses are mixed as in use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HitTestBench {

    @Param("maps")
    public String maps;

    private static final int POINTS = 4096;
    private double[] lon;
    private double[] lat;
    private Point[] points;
    private int next;
    private LayerIndex regions;
    private PlaceIdentifier identifier;
    private List<Feature> regionFeatures;

    @Setup(Level.Trial)
    public void load() {
        ShapefileReader reader = new ShapefileReader();
        MapSource source = MapSource.directory(Path.of(maps));
        FeatureLayer r = source.readPolygons("regions", reader);
        identifier = new PlaceIdentifier(r, source.readPolygons("provinces", reader),
                source.readPolygons("counties", reader));
        regions = identifier.regions().warmUp();
        identifier.provinces().warmUp();
        identifier.counties().warmUp();
        regionFeatures = r.features();
        Envelope china = new Envelope(73.0, 135.5, 17.5, 53.8);
        Random random = new Random(42);
        GeometryFactory factory = new GeometryFactory();
        lon = new double[POINTS];
        lat = new double[POINTS];
        points = new Point[POINTS];
        for (int i = 0; i < POINTS; i++) {
            lon[i] = china.getMinX() + random.nextDouble() * china.getWidth();
            lat[i] = china.getMinY() + random.nextDouble() * china.getHeight();
            points[i] = factory.createPoint(new Coordinate(lon[i], lat[i]));
        }
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) & (POINTS - 1);
        return i;
    }

    @Benchmark
    public Object regionHit() {
        int i = nextIndex();
        return regions.first(lon[i], lat[i]).orElse(null);
    }

    @Benchmark
    public Object identifyAllLayers() {
        int i = nextIndex();
        return identifier.identify(lon[i], lat[i]);
    }

    @Benchmark
    public Object referencePlainJts() {
        Point p = points[nextIndex()];
        for (Feature f : regionFeatures) {
            if (f.geometry().contains(p)) {
                return f;
            }
        }
        return null;
    }
}
