package org.cpatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.SubjectKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the CSV files of a {@link DataBundle} into a migrated database, all or nothing.
 *
 * <p>Everything happens in one transaction that first empties the content tables: a bad row rolls back to the
 * previous content and fails with the file, the line and what is wrong. Table 1's computed gaps and its conflict
 * flags are derived here, so that no computed number is ever typed into {@code data/}; so are conflicts between
 * sources that give the same region figure with different values ({@link ConflictMarker}).
 */
public final class CsvImporter {

    private static final Logger LOG = LoggerFactory.getLogger(CsvImporter.class);
    private static final String PERCENT = "%";
    private static final String POINTS = "percentage points";
    private static final int TABLE1_YEAR = 2010;

    private final Clock clock;

    public CsvImporter(Clock clock) {
        this.clock = clock;
    }

    /** Replaces the content of the database with the bundle's; the connection must be writable and migrated. */
    public ImportSummary importAll(Connection connection, DataBundle bundle) {
        String checksum = bundle.checksum();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Run run = new Run(connection, bundle);
                run.clear();
                run.load();
                run.writeBuildInfo(checksum, bundle.description(), clock.instant().toString());
                ContentStamp.write(connection);
                connection.commit();
                ImportSummary summary = new ImportSummary(run.regions.size(), run.provinces.size(), run.sources.size(),
                        run.observationCount, checksum);
                LOG.info("Imported {} from {}", summary, bundle.description());
                return summary;
            } catch (RuntimeException | SQLException | IOException e) {
                rollBack(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection, autoCommit);
            }
        } catch (IOException e) {
            throw new AtlasStoreException("cannot read the atlas data (" + bundle.description() + "): "
                    + FileErrors.describe(e) + "; reinstall the atlas or check the data folder", e);
        } catch (SQLException e) {
            throw new AtlasStoreException("cannot write the atlas database: " + SqliteErrors.describe(e), e);
        }
    }

    /**
     * After a failure SQLite may have ended the transaction itself (a full disk does): then rolling back fails too,
     * and that second failure ("cannot rollback - no transaction is active") must not hide the first.
     */
    private static void rollBack(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** As {@link #rollBack}: "cannot commit - no transaction is active" is never the failure to report. */
    private static void restoreAutoCommit(Connection connection, boolean autoCommit) throws SQLException {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            if (connection.getAutoCommit() != autoCommit) {
                LOG.debug("Could not restore auto-commit after the import", e);
            }
        }
    }

    /** One import: the ids seen so far, for reference checks with line numbers. */
    private static final class Run {
        private final Connection connection;
        private final DataBundle bundle;
        private final Map<String, String> regions = new LinkedHashMap<>(); // code -> English name
        private final Map<String, String> provinces = new HashMap<>();     // code -> English name
        private final Set<String> documents = new HashSet<>();
        private final Map<String, String> sources = new HashMap<>();      // id -> location, as a reader finds it
        private final Set<String> indicators = new HashSet<>();
        private final Map<String, RegionRate> regionRates = new HashMap<>();
        private final Set<String> observationIds = new HashSet<>();
        private int observationCount;

        Run(Connection connection, DataBundle bundle) {
            this.connection = connection;
            this.bundle = bundle;
        }

        void clear() throws SQLException {
            try (Statement st = connection.createStatement()) {
                for (String table : List.of("county_membership", "province_comparison", "region_rate_2010", "observation_flag",
                        "observation", "region_province", "source", "document", "indicator", "province", "region",
                        "build_info")) {
                    st.executeUpdate("DELETE FROM " + table);
                }
            }
        }

        void load() throws IOException, SQLException {
            loadRegions(rows("regions.csv", "code", "seq", "name_zh", "name_en", "table1_label"));
            loadProvinces(rows("provinces.csv", "code", "name_zh", "name_zh_short", "name_en", "table1_label"));
            loadDocuments(rows("documents.csv", "id", "citation", "short_citation", "url", "note"));
            loadSources(rows("sources.csv", "id", "document_id", "location", "quote", "url", "trace"));
            loadIndicators(rows("indicators.csv", "code", "name_en", "name_zh", "description"));
            loadRegionRates(rows("table1_region_rates.csv", "region_code", "urbanization_rate_pct", "source_id", "note"));
            loadProvinceRows(rows("table1_province_rows.csv", "region_code", "province_code", "province_rate_pct",
                    "gap_pp_printed", "source_id", "note"));
            loadFigures(rows("figures.csv", "id", "indicator", "subject_kind", "region_code", "province_code",
                    "subject", "year", "value", "value_text", "unit", "scope", "flags", "source_id", "note"));
            loadCountyMemberships(rows("region_counties.csv", "region_code", "province_zh", "prefecture_zh",
                    "county_zh", "county_code_2012", "basis", "source", "note"));
            int conflicts = ConflictMarker.markConflicts(connection);
            if (conflicts > 0) {
                LOG.info("{} pairs of figures from different sources disagree; flagged CONFLICT", conflicts);
            }
        }

        private List<CsvRow> rows(String file, String... columns) throws IOException {
            try (InputStream in = bundle.open(file);
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new CsvReader(file).read(reader, List.of(columns));
            }
        }

        private void loadRegions(List<CsvRow> rows) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO region (code, seq, name_zh, name_en, table1_label) VALUES (?, ?, ?, ?, ?)")) {
                for (CsvRow row : rows) {
                    String code = row.require("code");
                    if (!code.matches("[a-z][a-z_]*")) {
                        throw row.fail("region code '" + code + "' must be lower-case letters and _");
                    }
                    int seq;
                    try {
                        seq = Integer.parseInt(row.require("seq"));
                    } catch (NumberFormatException e) {
                        throw row.fail("seq '" + row.get("seq") + "' is not a whole number");
                    }
                    execute(row, insert, code, seq, row.require("name_zh"), row.require("name_en"), row.get("table1_label"));
                    regions.put(code, row.require("name_en"));
                }
            }
        }

        /** The bundled county-to-region list, each row with its basis, source and note (the evidence shown). */
        private void loadCountyMemberships(List<CsvRow> rows) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO county_membership (county_code,"
                    + " region_code, county_zh, prefecture_zh, province_zh, basis, source, note, file_row) VALUES (?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?)")) {
                for (CsvRow row : rows) {
                    String county = row.require("county_code_2012");
                    if (!county.matches("\\d{6}")) {
                        throw row.fail("county_code_2012 '" + county + "' must be six digits (GB/T 2260, 2012)");
                    }
                    String basis = row.require("basis");
                    if (org.cpatlas.domain.MembershipBasis.parse(basis).isEmpty()) {
                        throw row.fail("basis '" + basis + "' is none of explicit, whole prefecture, inferred,"
                                + " approximate");
                    }
                    execute(row, insert, county, knownRegion(row, row.require("region_code")), row.require("county_zh"),
                            row.get("prefecture_zh"), row.get("province_zh"),
                            org.cpatlas.domain.MembershipBasis.parse(basis).get().code(), row.get("source"),
                            row.get("note"), row.line());
                }
            }
        }

        private void loadProvinces(List<CsvRow> rows) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO province (code, name_zh, name_zh_short, name_en, table1_label) VALUES (?, ?, ?, ?, ?)")) {
                for (CsvRow row : rows) {
                    String code = row.require("code");
                    if (!code.matches("\\d{2}")) {
                        throw row.fail("province code '" + code + "' must be two digits (GB/T 2260)");
                    }
                    execute(row, insert, code, row.require("name_zh"), row.require("name_zh_short"),
                            row.require("name_en"), row.get("table1_label"));
                    provinces.put(code, row.require("name_en"));
                }
            }
        }

        private void loadDocuments(List<CsvRow> rows) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO document (id, citation, short_citation, url, note) VALUES (?, ?, ?, ?, ?)")) {
                for (CsvRow row : rows) {
                    String id = row.require("id");
                    execute(row, insert, id, row.require("citation"), row.require("short_citation"), row.get("url"),
                            row.get("note"));
                    documents.add(id);
                }
            }
        }

        private void loadSources(List<CsvRow> rows) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO source (id, document_id, location, quote, url, trace) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (CsvRow row : rows) {
                    String id = row.require("id");
                    String document = row.require("document_id");
                    if (!documents.contains(document)) {
                        throw row.fail("document_id '" + document + "' is not in documents.csv");
                    }
                    if (row.get("quote").isEmpty() && row.get("url").isEmpty()) {
                        throw row.fail("a source needs a quote or a URL");
                    }
                    String location = row.require("location");
                    if (ReaderLocation.pointsIntoOurCopy(location)) {
                        throw row.fail("location '" + location + "' points into the atlas's own copy of the document;"
                                + " cite as a reader finds it (table and row, section and paragraph, or page) and put"
                                + " the line of the copy in the trace column");
                    }
                    execute(row, insert, id, document, location, row.get("quote"), row.get("url"), row.get("trace"));
                    sources.put(id, location);
                }
            }
        }

        private void loadIndicators(List<CsvRow> rows) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO indicator (code, name_en, name_zh, description) VALUES (?, ?, ?, ?)")) {
                for (CsvRow row : rows) {
                    String code = row.require("code");
                    execute(row, insert, code, row.require("name_en"), row.get("name_zh"), row.get("description"));
                    indicators.add(code);
                }
            }
        }

        private record RegionRate(BigDecimal value, String sourceId, String observationId) {
        }

        private void loadRegionRates(List<CsvRow> rows) throws SQLException {
            requireIndicators("table1_region_rates.csv", "urbanization_rate", "urbanization_gap_printed",
                    "urbanization_gap_computed");
            try (PreparedStatement link = connection.prepareStatement(
                    "INSERT INTO region_rate_2010 (region_code, observation_id) VALUES (?, ?)")) {
                for (CsvRow row : rows) {
                    String region = knownRegion(row, row.require("region_code"));
                    if (regionRates.containsKey(region)) {
                        throw row.fail("region '" + region + "' has a second rate row");
                    }
                    BigDecimal rate = row.decimalOrNull("urbanization_rate_pct");
                    String source = knownSource(row, row.require("source_id"));
                    String id = "t1_" + region + "_rate";
                    insertObservation(row, new NewObservation(id, "urbanization_rate", SubjectKind.REGION, region, null,
                            regions.get(region), TABLE1_YEAR, rate, null, PERCENT, "", row.get("note"), source,
                            EnumSet.noneOf(Flag.class)));
                    execute(row, link, region, id);
                    regionRates.put(region, new RegionRate(rate, source, id));
                }
            }
            for (String region : regions.keySet()) {
                if (!regionRates.containsKey(region)) {
                    throw new DataImportException("table1_region_rates.csv", 0, "region '" + region
                            + "' has no row; add one (leave the rate empty if Table 1 gives none)");
                }
            }
        }

        private void loadProvinceRows(List<CsvRow> rows) throws SQLException {
            Map<String, Integer> seqInRegion = new HashMap<>();
            try (PreparedStatement pair = connection.prepareStatement(
                    "INSERT INTO region_province (region_code, province_code, seq) VALUES (?, ?, ?)");
                 PreparedStatement comparison = connection.prepareStatement(
                         "INSERT INTO province_comparison (region_code, province_code, seq, province_rate_obs_id,"
                                 + " gap_printed_obs_id, gap_computed_obs_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (CsvRow row : rows) {
                    String region = knownRegion(row, row.require("region_code"));
                    String province = knownProvince(row, row.require("province_code"));
                    BigDecimal provinceRate = row.decimalOrNull("province_rate_pct");
                    BigDecimal printed = row.decimalOrNull("gap_pp_printed");
                    String source = knownSource(row, row.require("source_id"));
                    RegionRate regionRate = regionRates.get(region);
                    int seq = seqInRegion.merge(region, 1, Integer::sum);
                    execute(row, pair, region, province, seq);

                    String subject = provinces.get(province) + " (Table 1 row of " + regions.get(region) + ")";
                    String prefix = "t1_" + region + "_" + province;
                    insertObservation(row, new NewObservation(prefix + "_rate", "urbanization_rate",
                            SubjectKind.REGION_PROVINCE, region, province, subject, TABLE1_YEAR, provinceRate, null,
                            PERCENT, "", row.get("note"), source, EnumSet.noneOf(Flag.class)));

                    BigDecimal computed = provinceRate == null || regionRate.value() == null
                            ? null : provinceRate.subtract(regionRate.value());
                    boolean conflict = printed != null && computed != null
                            && printed.compareTo(computed.setScale(printed.scale(), RoundingMode.HALF_UP)) != 0;
                    EnumSet<Flag> printedFlags = conflict ? EnumSet.of(Flag.CONFLICT) : EnumSet.noneOf(Flag.class);
                    EnumSet<Flag> computedFlags = EnumSet.of(Flag.COMPUTED);
                    if (conflict) {
                        computedFlags.add(Flag.CONFLICT);
                    }
                    String conflictNote = conflict ? "printed " + printed.toPlainString() + ", but "
                            + provinceRate.toPlainString() + " - " + regionRate.value().toPlainString() + " = "
                            + computed.toPlainString() : "";
                    insertObservation(row, new NewObservation(prefix + "_gap_printed", "urbanization_gap_printed",
                            SubjectKind.REGION_PROVINCE, region, province, subject, TABLE1_YEAR, printed, null, POINTS,
                            "", join(conflictNote, row.get("note")), source, printedFlags));
                    String how = computed == null
                            ? "not computable: " + (regionRate.value() == null ? "the region rate" : "the province rate")
                            + " is not reported"
                            : provinceRate.toPlainString() + " - " + regionRate.value().toPlainString()
                            + ": province rate on this row minus the region rate ("
                            + sources.get(regionRate.sourceId()) + ")";
                    insertObservation(row, new NewObservation(prefix + "_gap_computed", "urbanization_gap_computed",
                            SubjectKind.REGION_PROVINCE, region, province, subject, TABLE1_YEAR, computed, null, POINTS,
                            "", how, source, computedFlags));
                    execute(row, comparison, region, province, seq, prefix + "_rate", prefix + "_gap_printed",
                            prefix + "_gap_computed");
                }
            }
        }

        private void loadFigures(List<CsvRow> rows) throws SQLException {
            for (CsvRow row : rows) {
                String id = row.require("id");
                if (id.startsWith("t1_")) {
                    throw row.fail("ids starting with t1_ are kept for Table 1's own files");
                }
                String indicator = row.require("indicator");
                if (!indicators.contains(indicator)) {
                    throw row.fail("indicator '" + indicator + "' is not in indicators.csv");
                }
                String kindKey = row.require("subject_kind");
                SubjectKind kind = SubjectKind.fromKey(kindKey);
                if (kind == null) {
                    throw row.fail("subject_kind '" + kindKey + "' is none of country, all_regions, region, province,"
                            + " region_province, prefecture, survey");
                }
                String region = row.orNull("region_code");
                String province = row.orNull("province_code");
                if (region != null) {
                    knownRegion(row, region);
                }
                if (province != null) {
                    knownProvince(row, province);
                }
                if ((kind == SubjectKind.REGION || kind == SubjectKind.REGION_PROVINCE) && region == null) {
                    throw row.fail("subject_kind " + kindKey + " needs a region_code");
                }
                if ((kind == SubjectKind.PROVINCE || kind == SubjectKind.REGION_PROVINCE) && province == null) {
                    throw row.fail("subject_kind " + kindKey + " needs a province_code");
                }
                BigDecimal value = row.decimalOrNull("value");
                String text = row.orNull("value_text");
                if (value != null && text != null) {
                    throw row.fail("give either value or value_text, not both");
                }
                EnumSet<Flag> flags = parseFlags(row);
                if (flags.contains(Flag.NOT_REPORTED) && (value != null || text != null)) {
                    throw row.fail("flag NOT_REPORTED on a row that has a value");
                }
                if (flags.contains(Flag.COMPUTED)) {
                    throw row.fail("flag COMPUTED is set by the importer only; figures in figures.csv are read from sources");
                }
                insertObservation(row, new NewObservation(id, indicator, kind, region, province, row.require("subject"),
                        row.yearOrNull("year"), value, text, row.require("unit"), row.get("scope"), row.get("note"),
                        knownSource(row, row.require("source_id")), flags));
            }
        }

        private static EnumSet<Flag> parseFlags(CsvRow row) {
            EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
            for (String part : row.get("flags").split(";")) {
                String name = part.trim().toUpperCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    flags.add(Flag.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw row.fail("flag '" + part.trim() + "' is unknown (known: " + List.of(Flag.values()) + ")");
                }
            }
            return flags;
        }

        private record NewObservation(String id, String indicator, SubjectKind kind, String region, String province,
                                      String subject, Integer year, BigDecimal value, String text, String unit,
                                      String scope, String note, String sourceId, EnumSet<Flag> flags) {
        }

        private void insertObservation(CsvRow row, NewObservation o) throws SQLException {
            if (!observationIds.add(o.id())) {
                throw row.fail("id '" + o.id() + "' is used twice");
            }
            if (o.value() == null && o.text() == null) {
                o.flags().add(Flag.NOT_REPORTED);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO observation (id, indicator_code, subject_kind, region_code, province_code, subject,"
                            + " year, value, value_text, unit, scope, note, source_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement flag = connection.prepareStatement(
                         "INSERT INTO observation_flag (observation_id, flag) VALUES (?, ?)")) {
                execute(row, insert, o.id(), o.indicator(), o.kind().key(), o.region(), o.province(), o.subject(),
                        o.year(), o.value() == null ? null : o.value().toPlainString(), o.text(), o.unit(), o.scope(),
                        o.note(), o.sourceId());
                for (Flag f : o.flags()) {
                    execute(row, flag, o.id(), f.name());
                }
            }
            observationCount++;
        }

        void writeBuildInfo(String checksum, String description, String builtAt) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO build_info (key, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> entry : Map.of(
                        BuildInfo.DATA_CHECKSUM, checksum,
                        BuildInfo.DATA_ORIGIN, description,
                        BuildInfo.BUILT_AT, builtAt).entrySet()) {
                    insert.setString(1, entry.getKey());
                    insert.setString(2, entry.getValue());
                    insert.executeUpdate();
                }
            }
        }

        private void requireIndicators(String file, String... codes) {
            for (String code : codes) {
                if (!indicators.contains(code)) {
                    throw new DataImportException("indicators.csv", 0, "indicator '" + code + "' is needed by " + file);
                }
            }
        }

        private String knownRegion(CsvRow row, String code) {
            if (!regions.containsKey(code)) {
                throw row.fail("region_code '" + code + "' is not in regions.csv");
            }
            return code;
        }

        private String knownProvince(CsvRow row, String code) {
            if (!provinces.containsKey(code)) {
                throw row.fail("province_code '" + code + "' is not in provinces.csv");
            }
            return code;
        }

        private String knownSource(CsvRow row, String id) {
            if (!sources.containsKey(id)) {
                throw row.fail("source_id '" + id + "' is not in sources.csv");
            }
            return id;
        }

        private static String join(String a, String b) {
            if (a.isEmpty()) {
                return b;
            }
            return b.isEmpty() ? a : a + "; " + b;
        }

        /** Runs one insert; a constraint failure becomes an error naming the row. */
        private static void execute(CsvRow row, PreparedStatement statement, Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try {
                statement.executeUpdate();
            } catch (SQLException e) {
                if (SqliteErrors.isStorageFailure(e)) {
                    throw e; // a full disk is not the data file's fault: no line of it is to blame
                }
                throw row.fail("cannot be stored: " + e.getMessage().replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", ""));
            }
        }
    }
}
