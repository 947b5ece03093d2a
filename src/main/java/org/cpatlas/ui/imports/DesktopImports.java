package org.cpatlas.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.cpatlas.domain.Dataset;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Observation;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.store.AtlasRepository;
import org.cpatlas.store.DatasetRepository;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.tablefile.BackgroundWork;
import org.cpatlas.ui.tablefile.TableFileChooser;
import org.cpatlas.ui.viewmodel.IndicatorViewModel;

/**
 * The window's imports: a file chooser (or a dropped file), the import dialog, the Datasets dialog; after an import
 * the new table's first indicator is put on the map, after a removal the picker forgets the removed ones.
 */
public final class DesktopImports implements ImportActions {

    private final Gazetteer gazetteer;
    private final AtlasRepository atlas;
    private final DatasetRepository datasets;
    private final IndicatorViewModel indicators;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Window owner;
    private final Consumer<String> status;
    /** Reads and stores tables off the JavaFX thread, one at a time. */
    private final ExecutorService work = BackgroundWork.oneAtATime("atlas-import");
    private ImportDialog last;

    public DesktopImports(Gazetteer gazetteer, AtlasRepository atlas, DatasetRepository datasets,
            IndicatorViewModel indicators, I18n i18n, DialogService dialogs, Window owner, Consumer<String> status) {
        this.gazetteer = gazetteer;
        this.atlas = atlas;
        this.datasets = datasets;
        this.indicators = indicators;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.owner = owner;
        this.status = status;
    }

    @Override
    public void importTable(Path file) {
        Path chosen = file != null ? file : TableFileChooser.choose(i18n, owner, "import.choose");
        if (chosen == null) {
            return;
        }
        ImportViewModel model = new ImportViewModel(gazetteer, datasets, existingNames());
        last = new ImportDialog(model, i18n, owner, work, this::imported);
        last.open(chosen);
    }

    private List<String> existingNames() {
        List<String> names = new ArrayList<>();
        for (Observation o : atlas.observations()) {
            names.add(o.indicator().nameEn());
            names.add(o.indicator().nameZh());
        }
        for (IndicatorInfo i : datasets.indicators()) {
            names.add(i.name());
        }
        return names;
    }

    private void imported(Dataset dataset) {
        indicators.refresh();
        if (!dataset.indicators().isEmpty()) {
            indicators.select(dataset.indicators().get(0));
        }
        status.accept(i18n.get("import.done", dataset.fileName(), dataset.id()));
    }

    @Override
    public void showDatasets() {
        new DatasetsDialog(datasets, i18n, dialogs, owner, indicators::refresh).show();
    }

    /** The import dialog opened last (for tests). */
    public ImportDialog lastDialog() {
        return last;
    }
}
