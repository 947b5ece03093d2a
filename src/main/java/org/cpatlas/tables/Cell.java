package org.cpatlas.tables;

import java.util.List;
import java.util.Objects;
import org.cpatlas.domain.Figure;

/** One cell of a {@link DataTable}: words, or figures that carry their sources and flags. */
public sealed interface Cell permits Cell.Words, Cell.Figures {

    /** Words: a name, a code, a year, a note. */
    record Words(String text) implements Cell {
        public Words {
            text = text == null ? "" : text;
        }
    }

    /**
     * The figures a cell stands for: usually one; several when the sources give more than one for the same thing
     * (an area of the listed counties and one of the plan area), each with the year and scope that tell them apart;
     * none when no source of the atlas gives the figure, which reads "not reported" like a figure so flagged.
     */
    record Figures(List<Entry> entries) implements Cell {
        public Figures {
            entries = List.copyOf(entries);
        }

        /** The first figure, the one a column sorts by; null when no source gives one. */
        public Figure first() {
            return entries.isEmpty() ? null : entries.get(0).figure();
        }

        /** True when no figure is reported here: none given, or every one flagged not reported. */
        public boolean notReported() {
            return entries.stream().noneMatch(e -> e.figure().isReported());
        }
    }

    /**
     * A figure with what tells it apart from others in the same cell.
     *
     * @param figure value, unit, year, source and flags
     * @param scope  the area, period or category the figure covers, empty when the source says nothing more
     */
    record Entry(Figure figure, String scope) {
        public Entry {
            Objects.requireNonNull(figure, "figure");
            scope = scope == null ? "" : scope;
        }
    }

    static Cell words(String text) {
        return new Words(text);
    }

    static Cell figure(Figure figure) {
        return new Figures(List.of(new Entry(figure, "")));
    }

    /** A figure that no source of the atlas gives: "not reported". */
    static Cell noFigure() {
        return new Figures(List.of());
    }

    static Cell figure(Figure figure, String scope) {
        return new Figures(List.of(new Entry(figure, scope)));
    }
}
