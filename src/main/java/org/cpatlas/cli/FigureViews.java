package org.cpatlas.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Source;

/** How figures, flags and sources look in tables and JSON, the same for every command. */
final class FigureViews {

    private FigureViews() {
    }

    /** "28.72", "not reported", or the figure's words. */
    static String value(Figure figure) {
        return figure.display();
    }

    /** Flag labels for a table cell: "conflict, not reported". */
    static String flagLabels(Collection<Flag> flags) {
        return sorted(flags).stream().map(Flag::label).collect(Collectors.joining(", "));
    }

    /** Flag names for JSON and CSV: ["CONFLICT", "NOT_REPORTED"]. */
    static List<String> flagNames(Collection<Flag> flags) {
        return sorted(flags).stream().map(Flag::name).toList();
    }

    private static List<Flag> sorted(Collection<Flag> flags) {
        return flags.stream().sorted().toList();
    }

    static Map<String, Object> sourceJson(Source source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", source.id());
        json.put("document", source.document());
        json.put("location", source.location());
        json.put("quote", source.quote());
        json.put("url", source.url());
        json.put("document_short", source.documentShort());
        json.put("citation", source.citation());
        return json;
    }

    /** The distinct one-line citations of some figures, in order: "Wang, Li &amp; He (2014), Table 1, row ...". */
    static List<String> citations(Figure... figures) {
        return java.util.Arrays.stream(figures).map(f -> f.source().citation()).distinct().toList();
    }

    /**
     * The "Sources" block under a table: each document once with its full reference and address, then each place
     * in it as a reader finds it (table and row, section and paragraph) with the printed words, so that fourteen
     * lines of the same table do not repeat a long reference fourteen times.
     */
    static List<String> sourceBlock(Collection<Source> sources) {
        Map<String, List<Source>> byDocument = new LinkedHashMap<>();
        for (Source source : sources) {
            byDocument.computeIfAbsent(source.document(), d -> new java.util.ArrayList<>()).add(source);
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Sources");
        for (Map.Entry<String, List<Source>> document : byDocument.entrySet()) {
            String url = document.getValue().stream().map(Source::url).filter(u -> !u.isEmpty()).findFirst()
                    .orElse("");
            Source first = document.getValue().get(0);
            String shortForm = first.documentShort().equals(first.document()) ? "" : first.documentShort() + ": ";
            lines.add("  " + shortForm + document.getKey() + (url.isEmpty() ? "" : " <" + url + ">"));
            for (Source source : document.getValue()) {
                StringBuilder line = new StringBuilder("    " + source.location());
                if (!source.quote().isEmpty()) {
                    line.append(": \"").append(source.quote()).append('"');
                }
                if (!source.url().isEmpty() && !source.url().equals(url)) {
                    line.append(" <").append(source.url()).append('>');
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }
}
