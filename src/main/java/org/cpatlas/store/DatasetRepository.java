package org.cpatlas.store;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.cpatlas.domain.Dataset;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorFigure;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Level;
import org.cpatlas.imports.ImportPlan;

/** The tables users imported: listed, read as indicators with every value's provenance, stored and removed. */
public interface DatasetRepository {

    /** False when imports cannot be stored or removed now (read-only, locked, or a temporary copy); see warnings. */
    boolean writable();

    /** Every dataset, oldest first. */
    List<Dataset> datasets();

    Optional<Dataset> dataset(long id);

    /** The dataset imported from the same bytes and sheet, if any: the same file is not imported twice. */
    Optional<Dataset> findImported(String sha256, String sheet);

    /** Every imported indicator, by dataset and column. */
    List<IndicatorInfo> indicators();

    /** An imported indicator with every unit's figure; empty for an unknown code. */
    Optional<IndicatorData> indicator(String code);

    /** Every imported figure about one unit (a county by its 2012 code, a province, a region). */
    List<IndicatorFigure> figuresOf(Level level, String unitCode);

    /** The rows of a dataset's file that were not stored, and why. */
    List<ImportPlan.LeftOutRow> leftOut(long datasetId);

    /**
     * Stores a plan in one transaction, checking first that the file is unchanged since it was read and not
     * imported before; a failure or a cancel ({@code cancelled} turning true) stores nothing.
     *
     * @return the new dataset
     * @throws org.cpatlas.imports.ImportException          the file changed, vanished, or was imported before
     * @throws org.cpatlas.imports.ImportCancelledException cancelled; nothing stored
     * @throws AtlasStoreException                          the database could not be written; nothing stored
     */
    Dataset store(ImportPlan plan, BooleanSupplier cancelled);

    /** Removes a dataset and everything imported with it, in one transaction; false when there is no such id. */
    boolean remove(long id);
}
