package org.cpatlas.ui.membership;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.cpatlas.core.MapData;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.files.FilesInUse;
import org.cpatlas.files.WriteRules;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.MembershipCheck;
import org.cpatlas.geo.RegionLayerBuilder;
import org.cpatlas.geo.ShapefileExport;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.imports.MembershipPlanner;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.tablefile.BackgroundWork;
import org.cpatlas.ui.tablefile.TableFileChooser;
import org.cpatlas.ui.map.AtlasMapPane;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
import org.cpatlas.ui.viewmodel.MembershipViewModel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The window's county lists: import (file chooser, preview, store), the lists dialog, switching the list in force
 * (regions rebuilt off the JavaFX thread with progress, then the map, hit test, panels, print and export redrawn from
 * them), "What changed", and the regions or counties in force written as a shapefile.
 */
public final class DesktopMemberships {

    private final MembershipSwitcher switcher;
    private final MembershipViewModel evidence;
    private final AtlasViewModel atlas;
    private final AtlasMapPane mapPane;
    private final Consumer<MapData> onMaps;
    private final Gazetteer gazetteer;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Window owner;
    private final Consumer<String> status;
    /** Rebuilds regions, reads and stores lists, writes shapefiles: off the JavaFX thread, one at a time. */
    private final ExecutorService work = BackgroundWork.oneAtATime("atlas-membership");
    private MembershipImportDialog lastImport;
    private MembershipListsDialog lastLists;
    private MembershipDiffDialog lastDiff;

    /**
     * @param onMaps told the maps of the list in force after each switch (print and export follow them)
     * @param status the status line
     */
    public DesktopMemberships(MembershipSwitcher switcher, MembershipViewModel evidence, AtlasViewModel atlas,
            AtlasMapPane mapPane, Consumer<MapData> onMaps, I18n i18n, DialogService dialogs, Window owner,
            Consumer<String> status) {
        this.switcher = switcher;
        this.evidence = evidence;
        this.atlas = atlas;
        this.mapPane = mapPane;
        this.onMaps = onMaps;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.owner = owner;
        this.status = status;
        // Another region chosen (search, Esc, a click elsewhere): the county of the last one is no longer shown.
        atlas.selectedCodeProperty().addListener((o, old, code) -> {
            MembershipViewModel.CountyEvidence county = evidence.countyProperty().get();
            if (county != null && !county.inNoRegion() && !county.regionCode().equals(code)) {
                evidence.clearCounty();
                highlight(null);
            }
        });
        MapData bundled = switcher.bundledMaps();
        this.gazetteer = Gazetteer.of(bundled.counties(), bundled.provinces(), bundled.regions(),
                org.cpatlas.imports.CodeHistory.bundled());
    }

    /** The planner of imports: the table import's county and region matching, checked against the bundled regions. */
    MembershipPlanner planner() {
        MapData bundled = switcher.bundledMaps();
        RegionLayerBuilder builder = new RegionLayerBuilder(bundled.regions(), bundled.counties(),
                new GeometryFactory());
        return new MembershipPlanner(gazetteer, new MembershipCheck(bundled.regions(), builder));
    }

    /** Opens the import dialog on a file, or asks for one when {@code file} is null. */
    public void importList(Path file) {
        Path chosen = file != null ? file : TableFileChooser.choose(i18n, owner, "membership.choose");
        if (chosen == null) {
            return;
        }
        lastImport = new MembershipImportDialog(this, switcher.lists(), i18n, owner, work);
        lastImport.open(chosen);
    }

    /** After an import: the lists dialog shows the new list, ready to be used. */
    void imported(String name) {
        status.accept(i18n.get("membership.stored", name));
        if (lastLists != null && lastLists.stage().isShowing()) {
            lastLists.refresh();
        }
    }

    /** Opens the lists dialog (bundled and imported; use, what changed, remove, import). */
    public void showLists() {
        lastLists = new MembershipListsDialog(this, switcher.lists(), i18n, dialogs, owner);
        lastLists.show();
    }

    /**
     * Makes {@code name} the list in force: its regions are built off the JavaFX thread (progress from 0 to 1), then
     * the map, hit test and panels are redrawn from them and the choice is remembered. A failure leaves the list in
     * force as it was and says why.
     *
     * @return the running task (its progress for a progress bar)
     */
    public Task<MembershipSwitcher.InForce> switchTo(String name) {
        Task<MembershipSwitcher.InForce> task = new Task<>() {
            @Override
            protected MembershipSwitcher.InForce call() {
                updateProgress(0, 1);
                return switcher.build(name, p -> updateProgress(p, 1));
            }
        };
        task.setOnSucceeded(e -> {
            apply(task.getValue());
            remember(task.getValue().evidence().isBundled() ? MembershipList.BUNDLED : name);
        });
        task.setOnFailed(e -> dialogs.showError(i18n.get("membership.switchFailed"),
                i18n.get("membership.switchFailedText", name, BackgroundWork.message(task.getException()))));
        status.accept(i18n.get("membership.switching", name));
        work.submit(task);
        return task;
    }

    /**
     * Remembers the list in force in the user database, after the map is redrawn (a write need not delay it); a
     * database that cannot be written keeps the choice for this session only, and says so.
     */
    private void remember(String name) {
        if (!switcher.lists().writable()) {
            status.accept(i18n.get("membership.notRemembered", name));
            return;
        }
        work.submit(() -> {
            try {
                switcher.lists().use(name);
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.accept(i18n.get("membership.notRemembered", name) + " "
                        + BackgroundWork.message(e)));
            }
        });
    }

    /** A list was removed: what was kept of it is forgotten. */
    void removed(String name) {
        switcher.forget(name);
    }

    private void apply(MembershipSwitcher.InForce inForce) {
        MapData maps = inForce.maps();
        mapPane.setData(maps);
        atlas.setIdentifier(maps.identifier());
        evidence.useList(maps, inForce.evidence());
        highlight(evidence.countyProperty().get() == null ? null : evidence.countyProperty().get().code());
        onMaps.accept(maps);
        status.accept(i18n.get("membership.inForce", inForce.evidence().name()));
    }

    /** The name of the list in force. */
    public String inForce() {
        return evidence.listNameProperty().get();
    }

    /** Opens "What changed" for a list against the bundled list. */
    public void showDiff(String name) {
        work.submit(() -> {
            try {
                MembershipList base = RegionLayerBuilder.listOf(switcher.bundledMaps().counties(),
                        MembershipList.BUNDLED);
                MembershipList other = switcher.evidence(name);
                Platform.runLater(() -> {
                    lastDiff = new MembershipDiffDialog(base, other, switcher.bundledMaps(), i18n, owner);
                    lastDiff.show();
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> dialogs.showError(i18n.get("membership.diffFailed"),
                        BackgroundWork.message(e)));
            }
        });
    }

    /** Asks for a folder and writes the regions (or the counties with their region) in force as a shapefile. */
    public void exportShapefile(ShapefileExport.Layer layer) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("membership.exportChoose"));
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            exportShapefile(layer, dir.toPath());
        }
    }

    /**
     * Writes the layer in force into {@code dir} off the JavaFX thread; the status line names the files, a refusal
     * or failure is shown in words (nothing half-written).
     */
    public Task<List<Path>> exportShapefile(ShapefileExport.Layer layer, Path dir) {
        MapData maps = mapPane.data();
        String[] shortened = {""};
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                FeatureLayer chosen = layer == ShapefileExport.Layer.REGIONS ? maps.regions()
                        : ShapefileExport.countiesWithRegionNames(maps.counties(), maps.regions());
                FilesInUse inUse = FilesInUse.runningProgram();
                inUse = maps.source().folder().map(inUse::withMapLayers).orElse(inUse);
                ShapefileExport.Fitted fitted = ShapefileExport.fitToDbase(chosen);
                shortened[0] = fitted.describe();
                return ShapefileExport.write(fitted.layer(), layer.fileName(), dir, new WriteRules(inUse, false));
            }
        };
        task.setOnSucceeded(e -> status.accept(i18n.get("membership.exported", task.getValue().size(),
                dir.resolve(layer.fileName() + ".shp").toString(), inForce())
                + (shortened[0].isEmpty() ? "" : " " + i18n.get("membership.shortened", shortened[0]))));
        task.setOnFailed(e -> dialogs.showError(i18n.get("membership.exportFailed"),
                BackgroundWork.message(task.getException())));
        work.submit(task);
        return task;
    }

    /** A county clicked in a region's list of counties: shown in the panel, zoomed to and outlined on the map. */
    public void showCounty(String code) {
        evidence.showCounty(code);
        evidence.geometryOf(code).ifPresent(g -> mapPane.zoomTo(g.getEnvelopeInternal(), 80));
        highlight(code);
    }

    /** Outlines the county the panel shows (none for null). */
    public void highlight(String code) {
        Geometry g = code == null ? null : evidence.geometryOf(code).orElse(null);
        mapPane.overlay().setHighlightedCounty(g);
    }

    /**
     * The county of a map click: the panel shows its evidence and the map outlines it.
     *
     * @return true when the county is in none of the 14 regions under the list in force (the panel is closed then: the
     *         status line says so)
     */
    public boolean clicked(org.cpatlas.geo.Place place) {
        evidence.showCountyAt(place);
        MembershipViewModel.CountyEvidence county = evidence.countyProperty().get();
        highlight(county == null ? null : county.code());
        return county != null && county.inNoRegion();
    }

    /** The hover text of a county feature. */
    public String tooltip(Feature county) {
        return evidence.tooltip(county);
    }

    /** The import dialog opened last (for tests). */
    public MembershipImportDialog lastImport() {
        return lastImport;
    }

    /** The lists dialog opened last (for tests). */
    public MembershipListsDialog lastLists() {
        return lastLists;
    }

    /** The "What changed" dialog opened last (for tests). */
    public MembershipDiffDialog lastDiff() {
        return lastDiff;
    }

    /** The evidence shown in the panel. */
    public MembershipViewModel evidence() {
        return evidence;
    }

    MembershipSwitcher switcher() {
        return switcher;
    }
}
