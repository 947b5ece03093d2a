package org.cpatlas.store;

import static org.cpatlas.store.UserDatabaseAccess.flushNowAndThen;
import static org.cpatlas.store.UserDatabaseAccess.insertReturningId;
import static org.cpatlas.store.UserDatabaseAccess.set;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.cpatlas.domain.Dataset;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorFigure;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Level;
import org.cpatlas.domain.Source;
import org.cpatlas.domain.UnitFigure;
import org.cpatlas.imports.ImportException;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.MissingReason;

/**
 * {@link DatasetRepository} over the user database's one connection (synchronized, as the atlas repository is).
 * Every imported figure is given a {@link Source} that a reader can follow: the user's source text and the file
 * (document), the row and cell (location) and the cell's text (quote).
 */
final class SqliteDatasetRepository implements DatasetRepository {

    private static final String LEFT_OUT_INSERT =
            "INSERT INTO dataset_left_out (dataset_id, row_number, key_text, reason) VALUES (?, ?, ?, ?)";

    private final UserDatabaseAccess db;
    private final Connection connection;
    private final Clock clock;

    SqliteDatasetRepository(UserDatabaseAccess db, Clock clock) {
        this.db = db;
        this.connection = db.connection();
        this.clock = clock;
    }

    @Override
    public boolean writable() {
        return db.writable();
    }

    @Override
    public synchronized List<Dataset> datasets() {
        return datasetsWhere("", List.of());
    }

    @Override
    public synchronized Optional<Dataset> dataset(long id) {
        return datasetsWhere(" WHERE d.id = ?", List.of(id)).stream().findFirst();
    }

    @Override
    public synchronized Optional<Dataset> findImported(String sha256, String sheet) {
        return datasetsWhere(" WHERE d.sha256 = ? AND d.sheet = ?", List.of(sha256, sheet == null ? "" : sheet))
                .stream().findFirst();
    }

    private List<Dataset> datasetsWhere(String where, List<Object> parameters) {
        List<Dataset> datasets = db.query("""
                SELECT d.id, d.file_name, d.file_path, d.sha256, d.file_size, d.format, d.encoding, d.sheet, d.level,
                       d.key_column, d.source_text, d.imported_at, d.rows_read, d.rows_stored, d.rows_left_out,
                       (SELECT group_concat(code, ' ') FROM
                            (SELECT code FROM dataset_indicator i WHERE i.dataset_id = d.id ORDER BY column_index))
                FROM dataset d""" + where + " ORDER BY d.id", rs -> new Dataset(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                Level.fromKey(rs.getString(9)), rs.getString(10), rs.getString(11), Instant.parse(rs.getString(12)),
                rs.getInt(13), rs.getInt(14), rs.getInt(15),
                rs.getString(16) == null ? List.of() : List.of(rs.getString(16).split(" "))), parameters.toArray());
        return datasets;
    }

    @Override
    public synchronized List<IndicatorInfo> indicators() {
        Map<Long, Dataset> byId = new LinkedHashMap<>();
        datasets().forEach(d -> byId.put(d.id(), d));
        return db.query("""
                SELECT i.code, i.name, i.unit, i.year, i.dataset_id,
                       (SELECT count(*) FROM dataset_value v WHERE v.indicator_id = i.id AND v.value IS NOT NULL)
                FROM dataset_indicator i ORDER BY i.dataset_id, i.column_index
                """, rs -> info(rs, byId.get(rs.getLong(5))));
    }

    private static IndicatorInfo info(ResultSet rs, Dataset dataset) throws SQLException {
        int year = rs.getInt(4);
        Integer boxed = rs.wasNull() ? null : year;
        return new IndicatorInfo(rs.getString(1), rs.getString(2), rs.getString(3), boxed, dataset.level(),
                dataset.id(), dataset.citation(), rs.getInt(6));
    }

    @Override
    public synchronized Optional<IndicatorData> indicator(String code) {
        Optional<IndicatorInfo> info = indicators().stream().filter(i -> i.code().equals(code)).findFirst();
        if (info.isEmpty()) {
            return Optional.empty();
        }
        Dataset dataset = dataset(info.get().datasetId()).orElseThrow();
        Map<String, UnitFigure> figures = new LinkedHashMap<>();
        for (UnitFigure f : db.query(VALUE_SELECT + " WHERE i.code = ? ORDER BY v.row_number",
                rs -> unitFigure(rs, info.get(), dataset), code)) {
            figures.put(f.unitCode(), f);
        }
        return Optional.of(new IndicatorData(info.get(), figures));
    }

    private static final String VALUE_SELECT = """
            SELECT i.code, r.unit_code, r.unit_name, v.value, v.missing_reason, v.cell_text, v.row_number,
                   i.column_letter || v.row_number, r.key_text, r.match_note
            FROM dataset_value v
            JOIN dataset_indicator i ON i.id = v.indicator_id
            JOIN dataset_row r ON r.dataset_id = i.dataset_id AND r.row_number = v.row_number""";

    private static UnitFigure unitFigure(ResultSet rs, IndicatorInfo info, Dataset dataset) throws SQLException {
        String value = rs.getString(4);
        String cell = rs.getString(8);
        String location = "row " + rs.getInt(7) + ", cell " + cell + " (column " + info.name() + ")";
        Source source = new Source(info.code() + ":" + cell, dataset.citation(), location, rs.getString(6), "");
        Figure figure = value == null
                ? Figure.notReported(info.unit(), info.year(), source, Set.of())
                : Figure.of(new BigDecimal(value), info.unit(), info.year(), source, Set.of());
        List<String> notes = new ArrayList<>();
        if (value == null) {
            notes.add("cell " + cell + (rs.getString(6).isEmpty() ? " is empty" : " is '" + rs.getString(6) + "' ("
                    + MissingReason.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)).words() + ")"));
        }
        if (!rs.getString(10).isEmpty()) {
            notes.add("key '" + rs.getString(9) + "': " + rs.getString(10));
        }
        return new UnitFigure(rs.getString(2), rs.getString(3), figure, String.join("; ", notes));
    }

    @Override
    public synchronized List<IndicatorFigure> figuresOf(Level level, String unitCode) {
        List<IndicatorFigure> out = new ArrayList<>();
        Map<String, IndicatorInfo> infos = new LinkedHashMap<>();
        indicators().stream().filter(i -> i.level() == level).forEach(i -> infos.put(i.code(), i));
        Map<Long, Dataset> datasets = new LinkedHashMap<>();
        datasets().forEach(d -> datasets.put(d.id(), d));
        for (IndicatorInfo info : infos.values()) {
            db.query(VALUE_SELECT + " WHERE i.code = ? AND r.unit_code = ?",
                    rs -> unitFigure(rs, info, datasets.get(info.datasetId())), info.code(), unitCode)
                    .forEach(f -> out.add(new IndicatorFigure(info, f)));
        }
        return out;
    }

    @Override
    public synchronized List<ImportPlan.LeftOutRow> leftOut(long datasetId) {
        return db.query("SELECT row_number, key_text, reason FROM dataset_left_out WHERE dataset_id = ? ORDER BY"
                + " row_number", rs -> new ImportPlan.LeftOutRow(rs.getInt(1), rs.getString(2), rs.getString(3)),
                datasetId);
    }

    @Override
    public synchronized Dataset store(ImportPlan plan, BooleanSupplier cancelled) {
        db.requireWritable("import " + plan.file().name());
        findImported(plan.file().sha256(), plan.sheet()).ifPresent(d -> {
            throw new ImportException(plan.file().name(), "this file" + (plan.sheet().isEmpty() ? "" : " and sheet")
                    + " was imported before, as dataset " + d.id() + " on " + d.importedAt().toString().substring(0, 10)
                    + "; to import it again, remove that dataset first (datasets remove " + d.id() + ")");
        });
        long id = db.storeImport(plan.file().name(), plan.file(), cancelled, () -> {
            long stored = insertDataset(plan);
            insertIndicators(stored, plan, cancelled);
            db.insertLeftOut(LEFT_OUT_INSERT, stored, plan.leftOut());
            return stored;
        });
        return dataset(id).orElseThrow();
    }

    private long insertDataset(ImportPlan plan) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO dataset (file_name, file_path, sha256, file_size, format, encoding, sheet, level,
                                     key_column, source_text, imported_at, rows_read, rows_stored, rows_left_out)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            set(insert, plan.file().name(), plan.file().path().toAbsolutePath().toString(), plan.file().sha256(),
                    plan.file().size(), plan.format().name().toLowerCase(Locale.ROOT), plan.encoding(), plan.sheet(),
                    plan.level().key(), plan.keyColumn(), plan.sourceText(), clock.instant().toString(),
                    plan.rowsRead(), plan.rowsStored(), plan.leftOut().size());
            return insertReturningId(insert);
        }
    }

    private void insertIndicators(long id, ImportPlan plan, BooleanSupplier cancelled) throws SQLException {
        try (PreparedStatement row = connection.prepareStatement("""
                INSERT INTO dataset_row (dataset_id, row_number, unit_code, unit_name, key_text, match_note)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            // Every indicator has the same rows (one per matched unit): the first one's give them.
            for (ImportPlan.Value v : plan.indicators().get(0).values()) {
                row.setLong(1, id);
                row.setInt(2, v.row());
                row.setString(3, v.unitCode());
                row.setString(4, v.unitName());
                row.setString(5, v.key());
                row.setString(6, v.matchNote());
                row.addBatch();
            }
            row.executeBatch();
        }
        try (PreparedStatement indicator = connection.prepareStatement("""
                INSERT INTO dataset_indicator (code, dataset_id, column_index, column_letter, header, name, unit, year)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement value = connection.prepareStatement("""
                INSERT INTO dataset_value (indicator_id, row_number, value, missing_reason, cell_text)
                VALUES (?, ?, ?, ?, ?)""")) {
            int rows = 0;
            for (ImportPlan.Indicator i : plan.indicators()) {
                String code = "d" + id + "." + (i.column() + 1);
                set(indicator, code, id, i.column(), i.letter(), i.header(), i.name().isBlank() ? i.header() : i.name(),
                        i.unit(), i.year());
                long indicatorId = insertReturningId(indicator);
                for (ImportPlan.Value v : i.values()) {
                    value.setLong(1, indicatorId);
                    value.setInt(2, v.row());
                    value.setString(3, v.value() == null ? null : v.value().toPlainString());
                    value.setString(4, v.missing() == null ? null : v.missing().name().toLowerCase(Locale.ROOT));
                    value.setString(5, v.cellText());
                    value.addBatch();
                    flushNowAndThen(value, ++rows, cancelled, plan.file().name());
                }
            }
            value.executeBatch();
        }
    }

    @Override
    public synchronized boolean remove(long id) {
        db.requireWritable("remove dataset " + id);
        return db.inTransaction("cannot remove dataset " + id + " from " + db.where(), "nothing was removed", () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM dataset WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }
}
