package org.cpatlas.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Source;

/**
 * A {@link DataTable} laid out as a spreadsheet's cells, the one layout every writer (TSV, CSV, XLSX) uses, so that
 * copying and exporting always agree. Each figure column becomes:
 * <ul>
 *   <li>its value: the printed number as a number (never a 0 for a missing one: empty, with the "not reported"
 *       column saying so), or the printed words; several figures in one cell are listed, separated by "; ";</li>
 *   <li>its unit in the header when the column has one unit, else a unit column;</li>
 *   <li>a year-and-scope column when the figures' years or scopes tell them apart;</li>
 *   <li>one column per flag that occurs in it ("yes" where the flag is set): conflict, not reported, more than,
 *       less than, ambiguous, partial, inferred, computed;</li>
 *   <li>with sources: a column citing each figure's source (document, then table, page or line).</li>
 * </ul>
 *
 * @param name    the table's name
 * @param header  one title per column
 * @param rows    the cells, each a number or words
 * @param sources the sources cited, in the order they are numbered (empty without sources)
 */
public record FlatTable(String name, List<String> header, List<List<Value>> rows, List<Source> sources) {

    /** How the sources of the figures are given. */
    public enum Sources {
        /** No source columns (a quick copy of the numbers). */
        NONE,
        /** Each source in full in its cell: document, location (a CSV or a copy with sources). */
        CITED,
        /** "[n] document, location" in the cell, the full list on a sheet of its own (XLSX). */
        NUMBERED
    }

    /** A spreadsheet cell: a number, or words. */
    public sealed interface Value permits Number, Words {
        /** The cell as text (a number as printed, plain). */
        String text();
    }

    /** A number as the source printed it: 2.21 stays 2.21, 35.00 stays 35.00. */
    public record Number(BigDecimal value) implements Value {
        public Number {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value.toPlainString();
        }
    }

    /** Words. */
    public record Words(String text) implements Value {
        public Words {
            text = text == null ? "" : text;
        }
    }

    public FlatTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows.stream().map(List::copyOf).toList());
        sources = List.copyOf(sources);
    }

    /** Lays the table out; {@code sources} says whether and how each figure's source is given. */
    public static FlatTable of(DataTable table, Sources sources) {
        return of(table, sources, sources == Sources.NUMBERED ? table.sources() : List.of());
    }

    /**
     * Lays the table out with its sources numbered in the order given (which must hold every source of the table):
     * the sheets of one workbook share one list of sources.
     */
    public static FlatTable numbered(DataTable table, List<Source> numbering) {
        return of(table, Sources.NUMBERED, numbering);
    }

    private static FlatTable of(DataTable table, Sources sources, List<Source> numbering) {
        FigureWords words = new FigureWords(table.language());
        TableLanguage language = table.language();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Source> cited = new LinkedHashMap<>();
        for (Source source : numbering) {
            cited.put(source.id(), source);
            numbers.put(source.id(), numbers.size() + 1);
        }
        for (Source source : sources == Sources.NUMBERED ? table.sources() : List.<Source>of()) {
            if (!numbers.containsKey(source.id())) {
                throw new IllegalArgumentException("source " + source.id() + " is not in the numbering");
            }
        }
        List<ColumnLayout> layouts = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            layouts.add(ColumnLayout.of(table, c, words, sources));
        }
        List<String> header = new ArrayList<>();
        layouts.forEach(layout -> header.addAll(layout.headers(language, words)));
        List<List<Value>> rows = new ArrayList<>();
        for (DataTable.Row row : table.rows()) {
            List<Value> cells = new ArrayList<>();
            for (int c = 0; c < layouts.size(); c++) {
                cells.addAll(layouts.get(c).cells(row.cell(c), words, sources, numbers));
            }
            rows.add(cells);
        }
        return new FlatTable(table.name(), header, rows, List.copyOf(cited.values()));
    }

    /** The number a source has in the list of sources, 1-based, or 0 when it is not listed. */
    public int numberOf(Source source) {
        return sources.indexOf(source) + 1;
    }

    /** What one figure column turns into: the columns it needs for this table's cells. */
    private record ColumnLayout(Column column, String unit, boolean unitColumn, boolean scopeColumn, List<Flag> flags,
                                boolean sourceColumn) {

        static ColumnLayout of(DataTable table, int c, FigureWords words, Sources sources) {
            Column column = table.columns().get(c);
            if (!column.figures()) {
                return new ColumnLayout(column, "", false, false, List.of(), false);
            }
            Set<String> units = new LinkedHashSet<>();
            Set<Integer> years = new LinkedHashSet<>();
            boolean scoped = false;
            EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
            for (DataTable.Row row : table.rows()) {
                Cell.Figures cell = (Cell.Figures) row.cell(c);
                if (cell.entries().isEmpty()) {
                    flags.add(Flag.NOT_REPORTED);
                }
                for (Cell.Entry entry : cell.entries()) {
                    Figure figure = entry.figure();
                    if (figure.isNumeric()) {
                        units.add(words.unit(figure.unit()));
                    }
                    years.add(figure.year());
                    scoped |= !entry.scope().isEmpty();
                    flags.addAll(figure.flags());
                }
            }
            boolean oneUnit = units.size() <= 1;
            String unit = oneUnit && !units.isEmpty() ? units.iterator().next() : "";
            return new ColumnLayout(column, unit, !oneUnit, scoped || years.size() > 1, List.copyOf(flags),
                    sources != Sources.NONE);
        }

        List<String> headers(TableLanguage language, FigureWords words) {
            String title = column.header();
            if (!column.figures()) {
                return List.of(title);
            }
            List<String> headers = new ArrayList<>();
            headers.add(unit.isEmpty() ? title : language.text("header.unit", title, unit));
            if (unitColumn) {
                headers.add(language.text("header.unitColumn", title));
            }
            if (scopeColumn) {
                headers.add(language.text("header.scope", title));
            }
            for (Flag flag : flags) {
                headers.add(language.text("header.flag", title, words.flag(flag)));
            }
            if (sourceColumn) {
                headers.add(language.text("header.source", title));
            }
            return headers;
        }

        List<Value> cells(Cell cell, FigureWords words, Sources sources, Map<String, Integer> numbers) {
            if (cell instanceof Cell.Words w) {
                return List.of(new Words(w.text()));
            }
            List<Cell.Entry> entries = ((Cell.Figures) cell).entries();
            List<Value> out = new ArrayList<>();
            out.add(value(entries));
            if (unitColumn) {
                out.add(new Words(joined(entries, e -> e.figure().isNumeric() ? words.unit(e.figure().unit()) : "")));
            }
            if (scopeColumn) {
                out.add(new Words(joined(entries, ColumnLayout::yearAndScope)));
            }
            for (Flag flag : flags) {
                boolean set = entries.stream().anyMatch(e -> e.figure().has(flag))
                        || flag == Flag.NOT_REPORTED && entries.isEmpty();
                out.add(new Words(set ? words.language().text("yes") : ""));
            }
            if (sourceColumn) {
                out.add(new Words(entries.stream().map(e -> citation(e.figure().source(), sources, numbers))
                        .distinct().collect(Collectors.joining("; "))));
            }
            return out;
        }

        /** One numeric figure: the number; words: the words; several: their printed values listed; none: empty. */
        private static Value value(List<Cell.Entry> entries) {
            if (entries.isEmpty()) {
                return new Words("");
            }
            if (entries.size() == 1) {
                Figure figure = entries.get(0).figure();
                if (figure.isNumeric()) {
                    return new Number(figure.value());
                }
                return new Words(figure.isReported() ? figure.text() : "");
            }
            return new Words(joined(entries, e -> e.figure().isReported() ? e.figure().display() : ""));
        }

        private static String yearAndScope(Cell.Entry entry) {
            Integer year = entry.figure().year();
            if (year == null) {
                return entry.scope();
            }
            return entry.scope().isEmpty() ? year.toString() : year + ", " + entry.scope();
        }

        /** The entries' texts separated by "; ", or empty when every one is empty. */
        private static String joined(List<Cell.Entry> entries, java.util.function.Function<Cell.Entry, String> text) {
            List<String> texts = entries.stream().map(text).toList();
            return texts.stream().allMatch(String::isEmpty) ? "" : String.join("; ", texts);
        }

        private static String citation(Source source, Sources sources, Map<String, Integer> numbers) {
            String cited = source.document() + ", " + source.location();
            return sources == Sources.NUMBERED ? "[" + numbers.get(source.id()) + "] " + cited : cited;
        }
    }
}
