package org.cpatlas.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Indicator;
import org.cpatlas.domain.Observation;
import org.cpatlas.domain.Province;
import org.cpatlas.domain.ProvinceComparison;
import org.cpatlas.domain.Region;
import org.cpatlas.domain.RegionProfile;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.domain.Source;
import org.cpatlas.domain.Subject;
import org.cpatlas.domain.SubjectKind;

/**
 * {@link AtlasRepository} over one SQLite connection.
 *
 * <p>Methods are synchronized because a JDBC connection is not meant for concurrent use; the data is small, so one
 * connection serialised is simpler than a pool and fast enough for a desktop app.
 */
final class SqliteAtlasRepository implements AtlasRepository {

    private static final String OBSERVATION_SELECT = """
            SELECT o.id, o.indicator_code, i.name_en, i.name_zh, i.description,
                   o.subject_kind, o.region_code, o.province_code, o.subject,
                   o.year, o.value, o.value_text, o.unit, o.scope, o.note,
                   s.id AS source_id, d.citation, d.short_citation, s.location, s.quote,
                   CASE WHEN s.url <> '' THEN s.url ELSE d.url END AS url,
                   (SELECT group_concat(f.flag, ',') FROM observation_flag f WHERE f.observation_id = o.id) AS flags
            FROM observation o
            JOIN indicator i ON i.code = o.indicator_code
            JOIN source s ON s.id = o.source_id
            JOIN document d ON d.id = s.document_id
            """;

    private final Connection connection;

    SqliteAtlasRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public synchronized List<RegionSummary> regions() {
        List<Region> regions = loadRegions();
        Map<String, Observation> rates = observationsById(OBSERVATION_SELECT
                + " WHERE o.id IN (SELECT observation_id FROM region_rate_2010)");
        Map<String, String> rateIds = query("SELECT region_code, observation_id FROM region_rate_2010",
                rs -> Map.entry(rs.getString(1), rs.getString(2))).stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
        List<RegionSummary> summaries = new ArrayList<>();
        for (Region region : regions) {
            Observation rate = rates.get(rateIds.get(region.code()));
            if (rate == null) {
                throw unreadable("it has no Table 1 rate for the region " + region.code());
            }
            summaries.add(new RegionSummary(region, rate.figure()));
        }
        return summaries;
    }

    @Override
    public synchronized Optional<RegionSummary> findRegion(String nameOrCode) {
        return new RegionMatcher(loadRegions()).find(nameOrCode)
                .flatMap(region -> regions().stream().filter(s -> s.code().equals(region.code())).findFirst());
    }

    @Override
    public synchronized List<RegionSummary> closestRegions(String nameOrCode, int limit) {
        Map<String, RegionSummary> byCode = new LinkedHashMap<>();
        regions().forEach(s -> byCode.put(s.code(), s));
        return new RegionMatcher(loadRegions()).closest(nameOrCode, limit).stream()
                .map(region -> byCode.get(region.code()))
                .toList();
    }

    @Override
    public synchronized List<ProvinceComparison> provinceComparisons(String regionCode) {
        Map<String, Observation> observations = observationsById(OBSERVATION_SELECT + " WHERE o.region_code = ?",
                regionCode);
        return query("""
                SELECT c.province_code, p.name_zh_short, p.name_en,
                       c.province_rate_obs_id, c.gap_printed_obs_id, c.gap_computed_obs_id
                FROM province_comparison c JOIN province p ON p.code = c.province_code
                WHERE c.region_code = ? ORDER BY c.seq
                """, rs -> {
            Figure rate = figure(observations, rs.getString(4));
            Figure printed = figure(observations, rs.getString(5));
            Figure computed = figure(observations, rs.getString(6));
            return new ProvinceComparison(rs.getString(1), rs.getString(2), rs.getString(3), rate, printed, computed,
                    ProvinceComparison.rowFlags(printed, computed));
        }, regionCode);
    }

    @Override
    public synchronized Optional<RegionProfile> regionProfile(String regionCode) {
        Optional<RegionSummary> summary = regions().stream().filter(s -> s.code().equals(regionCode)).findFirst();
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        List<Observation> others = new ArrayList<>(observationsById(OBSERVATION_SELECT + """
                 WHERE o.region_code = ?
                   AND o.id NOT IN (SELECT observation_id FROM region_rate_2010)
                   AND o.id NOT IN (SELECT province_rate_obs_id FROM province_comparison
                                    UNION SELECT gap_printed_obs_id FROM province_comparison
                                    UNION SELECT gap_computed_obs_id FROM province_comparison)
                 ORDER BY o.rowid
                """, regionCode).values());
        return Optional.of(new RegionProfile(summary.get(), provinceComparisons(regionCode), others));
    }

    @Override
    public synchronized List<Observation> figuresOfRegion(String regionCode) {
        return List.copyOf(observationsById(OBSERVATION_SELECT + " WHERE o.region_code = ? ORDER BY o.rowid",
                regionCode).values());
    }

    @Override
    public synchronized List<Observation> observations() {
        return List.copyOf(observationsById(OBSERVATION_SELECT + " ORDER BY o.rowid").values());
    }

    @Override
    public synchronized List<Source> sources() {
        return query("""
                SELECT s.id, d.citation, s.location, s.quote, CASE WHEN s.url <> '' THEN s.url ELSE d.url END,
                       d.short_citation
                FROM source s JOIN document d ON d.id = s.document_id ORDER BY s.id
                """, rs -> new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6)));
    }

    @Override
    public synchronized List<Province> provinces() {
        return query("SELECT code, name_zh, name_zh_short, name_en, table1_label FROM province ORDER BY code",
                SqliteAtlasRepository::province);
    }

    @Override
    public synchronized List<Province> provincesOf(String regionCode) {
        return query("""
                SELECT p.code, p.name_zh, p.name_zh_short, p.name_en, p.table1_label
                FROM region_province rp JOIN province p ON p.code = rp.province_code
                WHERE rp.region_code = ? ORDER BY rp.seq
                """, SqliteAtlasRepository::province, regionCode);
    }

    @Override
    public synchronized org.cpatlas.domain.MembershipList bundledMembership() {
        return new org.cpatlas.domain.MembershipList(org.cpatlas.domain.MembershipList.BUNDLED, query(
                "SELECT county_code, region_code, basis, source, note, file_row FROM county_membership ORDER BY file_row",
                rs -> new org.cpatlas.domain.CountyMembership(rs.getString(1), rs.getString(2),
                        org.cpatlas.domain.MembershipBasis.parse(rs.getString(3))
                                .orElse(org.cpatlas.domain.MembershipBasis.APPROXIMATE),
                        rs.getString(4), rs.getString(5), rs.getInt(6))));
    }

    private List<Region> loadRegions() {
        return query("SELECT code, seq, name_zh, name_en, table1_label FROM region ORDER BY seq",
                rs -> new Region(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    private static Province province(ResultSet rs) throws SQLException {
        return new Province(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private Map<String, Observation> observationsById(String sql, Object... parameters) {
        Map<String, Observation> byId = new LinkedHashMap<>();
        for (Observation observation : query(sql, SqliteAtlasRepository::observation, parameters)) {
            byId.put(observation.id(), observation);
        }
        return byId;
    }

    /** A figure a Table 1 row refers to; the database check at start makes a missing one impossible but for edits. */
    private static Figure figure(Map<String, Observation> observations, String id) {
        Observation observation = observations.get(id);
        if (observation == null) {
            throw unreadable("a Table 1 row refers to the figure " + id + ", which is missing");
        }
        return observation.figure();
    }

    private static Observation observation(ResultSet rs) throws SQLException {
        Indicator indicator = new Indicator(rs.getString("indicator_code"), rs.getString("name_en"),
                rs.getString("name_zh"), rs.getString("description"));
        SubjectKind kind = SubjectKind.fromKey(rs.getString("subject_kind"));
        if (kind == null) {
            throw unreadable("the figure " + rs.getString("id") + " is about a '"
                    + FigureRules.shortened(rs.getString("subject_kind")) + "', which the atlas does not know");
        }
        Subject subject = new Subject(kind, rs.getString("region_code"), rs.getString("province_code"),
                rs.getString("subject"));
        Source source = new Source(rs.getString("source_id"), rs.getString("citation"), rs.getString("location"),
                rs.getString("quote"), rs.getString("url"), rs.getString("short_citation"));
        int year = rs.getInt("year");
        Integer boxedYear = rs.wasNull() ? null : year;
        String value = rs.getString("value");
        if (value != null && !PlainDecimal.isAsStored(value)) {
            throw unreadable("the figure " + rs.getString("id") + " has the value '" + FigureRules.shortened(value)
                    + "', which is not a number as the atlas stores them");
        }
        Figure figure = new Figure(value == null ? null : new BigDecimal(value), rs.getString("value_text"),
                rs.getString("unit"), boxedYear, source, flags(rs.getString("id"), rs.getString("flags")));
        return new Observation(rs.getString("id"), indicator, subject, rs.getString("scope"), rs.getString("note"),
                figure);
    }

    private static Set<Flag> flags(String observationId, String joined) {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        if (joined != null) {
            for (String name : joined.split(",")) {
                Flag flag = Arrays.stream(Flag.values()).filter(f -> f.name().equals(name)).findFirst()
                        .orElseThrow(() -> unreadable("the figure " + observationId + " has the flag '"
                                + FigureRules.shortened(name) + "', which the atlas does not know"));
                flags.add(flag);
            }
        }
        return flags;
    }

    /**
     * A database that changed under the running atlas (the check at start rules these cases out for the file as it
     * was opened): a message in words, with what to do that is true for the atlas's own file and a user's alike.
     */
    private static AtlasStoreException unreadable(String what) {
        return new AtlasStoreException("the atlas database cannot be read: " + what + "; close the atlas and start it"
                + " again, it checks the database when it starts");
    }

    private <T> List<T> query(String sql, SqlRows.RowMapper<T> mapper, Object... parameters) {
        try {
            return SqlRows.list(connection, sql, mapper, parameters);
        } catch (SQLException e) {
            throw new AtlasStoreException("reading the atlas database failed (" + SqliteErrors.describe(e)
                    + "); close the atlas and start it again, it checks the database when it starts", e);
        } catch (AtlasStoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // Whatever else a value the check at start did not foresee may throw: words, never the exception's name.
            throw new AtlasStoreException("the atlas database cannot be read: a value in it is not as the atlas"
                    + " wrote it; close the atlas and start it again, it checks the database when it starts", e);
        }
    }
}
