package org.cpatlas.ui.imports;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cpatlas.domain.Dataset;
import org.cpatlas.domain.Level;
import org.cpatlas.imports.ColumnHeader;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.imports.ImportException;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.ImportSettings;
import org.cpatlas.imports.RawTable;
import org.cpatlas.imports.ReadOptions;
import org.cpatlas.imports.SourceFile;
import org.cpatlas.imports.TablePlanner;
import org.cpatlas.imports.TablePreview;
import org.cpatlas.imports.TableReader;
import org.cpatlas.store.DatasetRepository;

/**
 * The state of the import dialog, without controls: the file, how to read it (sheet, encoding), what the user chose
 * (level, key column, each column's name, unit, year, left out or not, the source text), the preview made from all
 * that, and the import itself. Reading and storing may take a while: they are called off the JavaFX thread, and the
 * results are handed back with {@link #apply}.
 */
public final class ImportViewModel {

    private final Gazetteer gazetteer;
    private final DatasetRepository datasets;
    private final Collection<String> existingIndicators;
    private final TableReader reader = new TableReader();

    private final ReadOnlyObjectWrapper<TablePreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private Path file;
    private SourceFile digest;
    private RawTable table;
    private ReadOptions options = ReadOptions.detect();
    private ImportSettings settings = ImportSettings.detect();

    public ImportViewModel(Gazetteer gazetteer, DatasetRepository datasets, Collection<String> existingIndicators) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.datasets = Objects.requireNonNull(datasets, "datasets");
        this.existingIndicators = List.copyOf(existingIndicators);
    }

    // ---- state ----

    /** The preview of the file as now chosen, or null before a file is read or when it cannot be. */
    public ReadOnlyObjectProperty<TablePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the file cannot be read or imported as chosen, in words; "" when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The user's words for where the figures come from. */
    public StringProperty sourceProperty() {
        return source;
    }

    public Path file() {
        return file;
    }

    public ReadOptions options() {
        return options;
    }

    public ImportSettings settings() {
        return settings;
    }

    /** Whether the user database can take an import now. */
    public boolean writable() {
        return datasets.writable();
    }

    /** Whether the import can be stored now. */
    public boolean canImport() {
        return preview.get() != null && preview.get().canImport() && error.get().isEmpty() && datasets.writable();
    }

    /** The dataset this file (and sheet) was imported as before, if any. */
    public Optional<Dataset> importedBefore() {
        if (digest == null || table == null) {
            return Optional.empty();
        }
        return datasets.findImported(digest.sha256(), table.sheet());
    }

    // ---- work, off the JavaFX thread ----

    /** What a read or a re-plan produced, handed to {@link #apply} on the JavaFX thread. */
    public record Outcome(Path file, SourceFile digest, RawTable table, ReadOptions options, ImportSettings settings,
            TablePreview preview, String error) {
    }

    /** Reads a file and plans it with what is chosen so far (a new file starts from what is detected). */
    public Outcome read(Path newFile, ReadOptions readOptions, ImportSettings newSettings) {
        try {
            SourceFile sf = SourceFile.of(newFile);
            RawTable raw = reader.read(sf, readOptions);
            return plan(newFile, sf, raw, readOptions, newSettings);
        } catch (ImportException e) {
            return new Outcome(newFile, null, null, readOptions, newSettings, null, e.getMessage());
        }
    }

    private Outcome plan(Path f, SourceFile sf, RawTable raw, ReadOptions readOptions, ImportSettings newSettings) {
        try {
            TablePreview p = new TablePlanner(gazetteer, existingIndicators).preview(raw, newSettings);
            return new Outcome(f, sf, raw, readOptions, newSettings, p, "");
        } catch (ImportException e) {
            return new Outcome(f, sf, raw, readOptions, newSettings, null, e.getMessage());
        }
    }

    /** Plans the table already read with new choices (level, key, headers): no file access. */
    public Outcome replan(ImportSettings newSettings) {
        if (table == null) {
            return read(file, options, newSettings);
        }
        return plan(file, digest, table, options, newSettings);
    }

    /** Takes a read's or a plan's outcome (on the JavaFX thread). */
    public void apply(Outcome outcome) {
        this.file = outcome.file();
        this.digest = outcome.digest();
        this.table = outcome.table();
        this.options = outcome.options();
        this.settings = outcome.settings();
        this.preview.set(outcome.preview());
        this.error.set(outcome.error());
    }

    /** Choices as the controls change them. */
    public ImportSettings withLevel(Level level) {
        return settings.withLevel(level);
    }

    public ImportSettings withKeyColumn(String column) {
        return settings.withKeyColumn(column);
    }

    public ImportSettings withHeader(int column, ColumnHeader header) {
        return settings.withHeader(column, header);
    }

    public ImportSettings withIncluded(int column, boolean included) {
        return settings.withIncluded(column, included);
    }

    /** What would be stored, with the source text typed (on the JavaFX thread, before {@link #store}). */
    public ImportPlan plan() {
        TablePreview p = preview.get();
        if (p == null) {
            throw new ImportException(file == null ? "(no file)" : file.getFileName().toString(),
                    "choose a file first");
        }
        return p.plan(source.get());
    }

    /**
     * Stores a plan in one transaction; off the JavaFX thread. A cancel, a file changed or deleted meanwhile, or a
     * failure of the database stores nothing and throws with a message in words.
     */
    public Dataset store(ImportPlan plan, BooleanSupplier cancelled) {
        return datasets.store(plan, cancelled);
    }
}
