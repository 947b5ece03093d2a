package org.cpatlas.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapPainter;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.print.StoreSheets;

/**
 * Draws maps/regions.shp and maps/counties.shp with the app's one Java2D renderer ({@link MapPainter}) into
 * 1920x1080 and 300-DPI A4 (2480x3508) images framed on the layer's extent, like the QGIS reference does.
 *
 * <p>Regions: {@link MapPainter#paintRegions} (choropleth fill, hatching of "not reported", outlines dashed by
 * boundary quality). Counties: {@link MapPainter#paintBasemap} with county outlines (what tiles draw: sea, province
 * fill, every county outline of China (3,257 since issue 23; 2,152 before), province outlines), which is more than QGIS's single-symbol fill+outline.
 * Layers are read once (QGIS also opens its layer before timing). The first draw (cold JIT, builds the level of
 * detail) is reported separately as "first_ms"; then the JIT is warmed for at least 10 draws and 1.5 s.
 *
 * <p>Usage: RenderBench MAPS_DIR RUNS OUT_DIR
 */
public final class RenderBench {

    public static void main(String[] args) throws Exception {
        Path maps = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        System.setProperty("java.awt.headless", "true");
        ShapefileReader reader = new ShapefileReader();
        MapSource source = MapSource.directory(maps);
        FeatureLayer regionsLayer = source.readPolygons("regions", reader);
        FeatureLayer countiesLayer = source.readPolygons("counties", reader);
        FeatureLayer provincesLayer = source.readPolygons("provinces", reader);
        DrawableLayer regions = new DrawableLayer(regionsLayer);
        DrawableLayer counties = new DrawableLayer(countiesLayer);
        DrawableLayer provinces = new DrawableLayer(provincesLayer);
        MapLayers layers = new MapLayers(null, provinces, counties, regions);
        MapTheme theme = MapTheme.light();
        RegionStyling styling;
        Path db = out.resolve("render-bench.db");
        try (AtlasStore store = AtlasStore.open(db)) {
            styling = new StoreSheets(store.repository(), layers).styling(theme);
        }
        MapPainter painter = new MapPainter(theme, AtlasFonts.load());

        int[][] sizes = {{1920, 1080, 96}, {2480, 3508, 300}};
        for (String layerName : List.of("regions", "counties")) {
            FeatureLayer layer = layerName.equals("regions") ? regionsLayer : countiesLayer;
            for (int[] size : sizes) {
                MapViewport vp = MapViewport.fitting(layer.bounds(), size[0], size[1], 0);
                double pxPerPt = size[2] / 72.0;
                BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB_PRE);
                Runnable draw = () -> {
                    Graphics2D g = image.createGraphics();
                    try {
                        g.setColor(Color.WHITE);
                        g.fillRect(0, 0, size[0], size[1]);
                        MapPainter.prepare(g);
                        if (layerName.equals("regions")) {
                            painter.paintRegions(g, vp, layers, styling, pxPerPt);
                        } else {
                            painter.paintBasemap(g, vp, layers, true, pxPerPt);
                        }
                    } finally {
                        g.dispose();
                    }
                };
                long t0 = System.nanoTime();
                draw.run();
                double first = Samples.ms(System.nanoTime() - t0);
                // JIT warm-up (QGIS is native code): at least 10 draws and 1.5 s, as a window drawing tiles is warm.
                long warmUntil = System.nanoTime() + 1_500_000_000L;
                for (int i = 0; i < 10 || System.nanoTime() < warmUntil; i++) {
                    draw.run();
                }
                List<Double> samples = Samples.list();
                for (int i = 0; i < runs; i++) {
                    long s = System.nanoTime();
                    draw.run();
                    samples.add(Samples.ms(System.nanoTime() - s));
                }
                ImageIO.write(image, "png", out.resolve("ours-" + layerName + "-" + size[0] + "x" + size[1] + ".png")
                        .toFile());
                Map<String, Object> notes = new LinkedHashMap<>();
                notes.put("first_ms", first);
                notes.put("features", layer.size());
                notes.put("zoom", vp.zoom());
                notes.put("vertices_drawn", (layerName.equals("regions") ? regions : counties).detail()
                        .vertexCount(vp.zoom()));
                Samples.emit("render." + layerName + "." + size[0] + "x" + size[1], "ms", samples, notes);
            }
        }
    }
}
