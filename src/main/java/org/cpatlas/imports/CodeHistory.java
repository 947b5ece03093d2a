package org.cpatlas.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The changes of China's administrative codes since 2012, from the table of yescallop/areacodes (CC0) that the map
 * build vendors ({@code maps/build/inputs/areacodes_2012on.csv}: every code in use at the end of 2012 or created
 * later). A table keyed by codes of 2015 or 2020 is matched to the 2012 units of the map by following the chain back:
 * a row of an abolished code lists in 新代码 the codes that took its area; an entry tagged {@code [year]} is a part
 * transferred earlier and is not a successor.
 */
public final class CodeHistory {

    /** Where the jar keeps the table (see pom.xml). */
    public static final String RESOURCE = "/codes/areacodes_2012on.csv";
    private static final Pattern ENTRY = Pattern.compile("(\\d{6})(?:\\[(\\d{4})])?");

    /** One row of the table: a code with the name it had over a span of years. */
    public record Entry(String code, String province, String prefecture, String name, String level, String status,
            int start, Integer end, List<String> successors, List<String> partialTransfers) {

        public boolean isCounty() {
            return "县级".equals(level);
        }

        /** "滦州市 (130284, from 2018)". */
        public String describe() {
            return name + " (" + code + ", " + (end == null ? "from " + start : start + "-" + end) + ")";
        }
    }

    /** Where a code of another year leads among the 2012 units, and the steps taken. */
    public record Lineage(Set<String> codes2012, List<String> steps, List<String> carvedFrom) {
    }

    private final Map<String, List<Entry>> byCode = new HashMap<>();
    private final Map<String, Set<String>> predecessors = new HashMap<>();
    private final Map<String, Set<String>> carvedFrom = new HashMap<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();

    private CodeHistory(List<Entry> entries) {
        for (Entry e : entries) {
            byCode.computeIfAbsent(e.code(), c -> new ArrayList<>()).add(e);
            if (e.isCounty()) {
                byName.computeIfAbsent(e.name(), n -> new ArrayList<>()).add(e);
            }
            for (String next : e.successors()) {
                if (!next.equals(e.code())) {
                    predecessors.computeIfAbsent(next, c -> new LinkedHashSet<>()).add(e.code());
                }
            }
            for (String next : e.partialTransfers()) {
                carvedFrom.computeIfAbsent(next, c -> new LinkedHashSet<>()).add(e.code());
            }
        }
    }

    /** The table bundled with the atlas. */
    public static CodeHistory bundled() {
        try (InputStream in = CodeHistory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the code table " + RESOURCE + " is missing from the application;"
                        + " reinstall the atlas");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the table (the columns of areacodes' result.csv). */
    public static CodeHistory read(Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord r : parser) {
                List<String> successors = new ArrayList<>();
                List<String> partial = new ArrayList<>();
                for (String part : r.get("新代码").split(";")) {
                    Matcher m = ENTRY.matcher(part.strip());
                    if (m.matches()) {
                        (m.group(2) == null ? successors : partial).add(m.group(1));
                    }
                }
                String end = r.get("变更/弃用时间").strip();
                entries.add(new Entry(r.get("代码").strip().replace("\uFEFF", ""), r.get("一级行政区"),
                        r.get("二级行政区"), r.get("名称"), r.get("级别"), r.get("状态"),
                        Integer.parseInt(r.get("启用时间").strip()), end.isEmpty() ? null : Integer.valueOf(end),
                        successors, partial));
            }
        }
        return new CodeHistory(entries);
    }

    /** Every row of a code (a renamed unit has one per name). */
    public List<Entry> entries(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** County-level rows that carry this name, in any year since 2012. */
    public List<Entry> countiesNamed(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /**
     * Follows a code back through the abolitions that created it to the codes that {@code isTarget} accepts (the 2012
     * units of the map), breadth first. Several targets mean the code's unit was formed from several 2012 units.
     */
    public Lineage backTo(String code, Predicate<String> isTarget) {
        Set<String> found = new LinkedHashSet<>();
        List<String> steps = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of(code));
        Set<String> seen = new LinkedHashSet<>(List.of(code));
        Map<String, String> via = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (String previous : predecessors.getOrDefault(current, Set.of())) {
                if (!seen.add(previous)) {
                    continue;
                }
                via.put(previous, current);
                if (isTarget.test(previous)) {
                    found.add(previous);
                } else {
                    queue.add(previous);
                }
            }
        }
        for (String target : found) {
            List<String> chain = new ArrayList<>();
            for (String c = target; c != null; c = via.get(c)) {
                chain.add(0, label(c));
            }
            steps.add(String.join(" ← ", chain));
        }
        List<String> origins = carvedFrom.getOrDefault(code, Set.of()).stream().map(this::label).toList();
        return new Lineage(found, steps, origins);
    }

    /** "滦州市 130284" from the code's latest row, or the bare code. */
    public String label(String code) {
        List<Entry> rows = entries(code);
        return rows.isEmpty() ? code : rows.get(rows.size() - 1).name() + " " + code;
    }
}
