package org.cpatlas.bench;

import static org.cpatlas.bench.FrameProbe.awaitFrame;
import static org.cpatlas.bench.FxCalls.fx;
import static org.cpatlas.bench.FxCalls.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.MapData;
import org.cpatlas.domain.CountyMembership;
import org.cpatlas.domain.MembershipBasis;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.files.FilesInUse;
import org.cpatlas.files.WriteRules;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.MembershipCheck;
import org.cpatlas.geo.RegionLayerBuilder;
import org.cpatlas.geo.ShapefileExport;
import org.cpatlas.imports.CodeHistory;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.imports.MembershipPlanner;
import org.cpatlas.imports.MembershipPreview;
import org.cpatlas.imports.MembershipSettings;
import org.cpatlas.imports.ReadOptions;
import org.cpatlas.imports.SourceFile;
import org.cpatlas.imports.TableReader;
import org.cpatlas.ui.membership.DesktopMemberships;
import org.cpatlas.ui.membership.MembershipSwitcher;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * County lists (issue 18). {@code rebuild MAPS WORK RUNS}: the 14 regions dissolved from the bundled list (the
 * counties of the layer with a region) and from a 680-row list (those plus 168 neighbouring counties, each put in the
 * region it touches), after warming the JIT; the counties of each list are written to WORK as shapefiles with their
 * region, for {@code mapshaper -dissolve} on the same counties. {@code switch MAPS DB LIST ROUNDS}: the window, the
 * list in force switched between LIST (imported first) and the bundled list; the time from the switch to the frame
 * painted once the region tiles are drawn.
 */
public final class MembershipBench {

    private MembershipBench() {
    }

    public static void main(String[] args) throws Exception {
        try {
            if (args[0].equals("rebuild")) {
                rebuild(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            } else {
                switching(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
            }
        } catch (Throwable t) {
            t.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
        Runtime.getRuntime().halt(0);
    }

    // ------------------------------------------------------------------ rebuild

    private static void rebuild(Path maps, Path work, int runs) throws Exception {
        MapData data = MapData.load(MapSource.directory(maps), LoadProgress.NONE);
        MembershipList bundled = RegionLayerBuilder.listOf(data.counties(), MembershipList.BUNDLED);
        MembershipList bigger = withNeighbours(data, bundled, 680);
        Files.createDirectories(work);
        List<String> csv = new ArrayList<>(List.of("county_code_2012,region_code,basis,source"));
        for (CountyMembership m : bigger.members()) {
            csv.add(m.countyCode() + "," + m.regionCode() + "," + m.basis().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + ",\"" + m.source().replace("\"", "\"\"") + "\"");
        }
        Files.write(work.resolve("list680.csv"), csv, java.nio.charset.StandardCharsets.UTF_8);
        for (MembershipList list : List.of(bundled, bigger)) {
            RegionLayerBuilder builder = new RegionLayerBuilder(data.regions(), data.counties(),
                    new GeometryFactory());
            RegionLayerBuilder.Built built = builder.build(list, p -> { });
            Path dir = Files.createDirectories(work.resolve("list" + list.members().size()));
            ShapefileExport.write(built.counties(), "counties", dir, new WriteRules(FilesInUse.none(), true));
            long first = System.nanoTime();
            builder.build(list, p -> { });
            double firstMs = Samples.ms(System.nanoTime() - first);
            long warmUntil = System.nanoTime() + 3_000_000_000L;
            int warm = 0;
            while (warm < 5 || System.nanoTime() < warmUntil) {
                builder.build(list, p -> { });
                warm++;
            }
            List<Double> samples = Samples.list();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                builder.build(list, p -> { });
                samples.add(Samples.ms(System.nanoTime() - t0));
            }
            Map<String, Object> notes = new LinkedHashMap<>();
            notes.put("rows", list.members().size());
            notes.put("first_ms", firstMs);
            notes.put("warm_runs", warm);
            notes.put("counties_shp", dir.resolve("counties.shp").toString());
            notes.put("regions_by_overlay_union", built.outcomes().stream()
                    .filter(o -> o.method() == org.cpatlas.geo.CountyDissolver.Method.OVERLAY_UNION).count());
            Samples.emit("membership.rebuild." + list.members().size(), "ms", samples, notes);
            if (list == bigger) {
                hitTest("membership.hit.rebuilt", built.regions(), runs);
                hitTest("membership.hit.bundled", data.regions(), runs);
            }
        }
    }

    /**
     * Point-in-region lookups ({@code LayerIndex.first}) on a layer, 4,096 points uniform over China per sample, in
     * microseconds per lookup: the regions of a list must be hit-tested as fast as the bundled ones.
     */
    private static void hitTest(String id, org.cpatlas.geo.FeatureLayer regions, int runs) {
        org.cpatlas.geo.LayerIndex index = new org.cpatlas.geo.LayerIndex(regions).warmUp();
        java.util.Random random = new java.util.Random(42);
        double[] lon = new double[4096];
        double[] lat = new double[4096];
        for (int i = 0; i < lon.length; i++) {
            lon[i] = 73 + random.nextDouble() * 62;
            lat[i] = 18 + random.nextDouble() * 36;
        }
        int found = 0;
        for (int w = 0; w < 200; w++) {
            for (int i = 0; i < lon.length; i++) {
                found += index.first(lon[i], lat[i]).isPresent() ? 1 : 0;
            }
        }
        List<Double> samples = Samples.list();
        for (int r = 0; r < Math.max(runs, 5); r++) {
            long t0 = System.nanoTime();
            for (int rep = 0; rep < 50; rep++) {
                for (int i = 0; i < lon.length; i++) {
                    found += index.first(lon[i], lat[i]).isPresent() ? 1 : 0;
                }
            }
            samples.add((System.nanoTime() - t0) / 1e3 / (50.0 * lon.length));
        }
        Samples.emit(id, "us", samples, Map.of("found", found));
    }

    /** The list with counties outside every region added, each in the region of a member county it touches. */
    private static MembershipList withNeighbours(MapData data, MembershipList list, int rows) {
        STRtree members = new STRtree();
        Map<String, String> regionOf = new HashMap<>();
        for (CountyMembership m : list.members()) {
            regionOf.put(m.countyCode(), m.regionCode());
        }
        List<Feature> outside = new ArrayList<>();
        for (Feature f : data.counties().features()) {
            if (regionOf.containsKey(f.text("code"))) {
                members.insert(f.geometry().getEnvelopeInternal(), f);
            } else {
                outside.add(f);
            }
        }
        List<CountyMembership> all = new ArrayList<>(list.members());
        Set<String> added = new HashSet<>();
        int row = all.size() + 2;
        for (Feature f : outside) {
            if (all.size() >= rows) {
                break;
            }
            Geometry g = f.geometry();
            for (Object o : members.query(g.getEnvelopeInternal())) {
                Feature m = (Feature) o;
                if (added.add(f.text("code")) && m.geometry().intersects(g)) {
                    all.add(new CountyMembership(f.text("code"), regionOf.get(m.text("code")),
                            MembershipBasis.APPROXIMATE, "benchmark: a neighbour of " + m.text("name_zh"), "", row++));
                    break;
                }
                added.remove(f.text("code"));
            }
        }
        return new MembershipList("neighbours" + all.size(), all);
    }

    // ------------------------------------------------------------------ switching in the window

    private static void switching(Path maps, Path db, Path list, int rounds) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Stage[] stage = new Stage[1];
        AtlasApplication[] app = new AtlasApplication[1];
        fx(() -> {
            stage[0] = new Stage();
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].setWidth(1920);
            stage[0].setHeight(1080);
            app[0] = new AtlasApplication(maps, db);
            app[0].start(stage[0]);
            return null;
        });
        waitUntil(() -> fx(() -> app[0].window() != null && app[0].window().memberships() != null), 120_000, 5);
        DesktopMemberships memberships = fx(() -> app[0].window().memberships());
        MapData bundled = fx(() -> app[0].core().bundledMaps());
        String name = "bench";
        var lists = fx(() -> app[0].core().userData().memberships());
        if (lists.list(name).isEmpty()) {
            Gazetteer gazetteer = Gazetteer.of(bundled.counties(), bundled.provinces(), bundled.regions(),
                    CodeHistory.bundled());
            MembershipPlanner planner = new MembershipPlanner(gazetteer, new MembershipCheck(bundled.regions(),
                    new RegionLayerBuilder(bundled.regions(), bundled.counties(), new GeometryFactory())));
            MembershipPreview preview = planner.preview(new TableReader().read(SourceFile.of(list),
                    ReadOptions.detect()), MembershipSettings.detect(), name);
            lists.store(preview.plan(), () -> false);
        }
        Thread.sleep(2000);
        List<Double> first = Samples.list();
        List<Double> again = Samples.list();
        Scene scene = fx(() -> stage[0].getScene());
        for (int i = 0; i < rounds * 2; i++) {
            String to = i % 2 == 0 ? name : MembershipList.BUNDLED;
            waitUntil(() -> fx(() -> app[0].window().mapPane().overlay().tilesSettled()), 30_000, 5);
            awaitFrame(scene);
            long t0 = System.nanoTime();
            Task<MembershipSwitcher.InForce> task = fx(() -> memberships.switchTo(to));
            waitUntil(() -> fx(() -> task.isDone() && to.equals(memberships.inForce())
                    && app[0].window().mapPane().overlay().tilesSettled()), 30_000, 5);
            awaitFrame(scene);
            double ms = Samples.ms(System.nanoTime() - t0);
            (i == 0 ? first : again).add(ms);
        }
        // Reference, same run: the same regions drawn again (the overlay's tiles and labels made anew from the maps
        // drawn now), i.e. the redraw a switch cannot avoid, without building, reading or applying a list.
        List<Double> redraw = Samples.list();
        for (int i = 0; i < rounds * 2; i++) {
            waitUntil(() -> fx(() -> app[0].window().mapPane().overlay().tilesSettled()), 30_000, 5);
            awaitFrame(scene);
            long t0 = System.nanoTime();
            fx(() -> {
                app[0].window().mapPane().setData(app[0].window().mapPane().data());
                return null;
            });
            waitUntil(() -> fx(() -> app[0].window().mapPane().overlay().tilesSettled()), 30_000, 5);
            awaitFrame(scene);
            redraw.add(Samples.ms(System.nanoTime() - t0));
        }
        Samples.emit("membership.redraw.reference", "ms", redraw, Map.of());
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("first_switch_ms_with_rebuild", first.get(0));
        notes.put("list_rows", lists.list(name).orElseThrow().members().size());
        Samples.emit("membership.switch", "ms", again, notes);
    }
}
