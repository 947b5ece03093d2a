package org.cpatlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Observation;
import org.cpatlas.store.IndicatorCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code atlas indicators}: every indicator with its level, unit, year, dataset and how many subjects have a value;
 * those that can be mapped ({@code export --indicator CODE}) first.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "List every indicator (bundled and imported): level, unit, year, dataset, values; the ones"
                + " marked map can be drawn with export/atlas --indicator CODE.")
final class IndicatorsCommand implements Callable<Integer> {

    enum Format { table, json }

    @ParentCommand
    private AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    /** One line of the list. */
    private record Row(String code, String name, String level, String unit, String year, Long dataset, String source,
            int subjects, boolean mappable) {
    }

    @Override
    public Integer call() {
        IndicatorCatalog catalog = root.indicators();
        List<Row> rows = new ArrayList<>();
        for (IndicatorInfo i : catalog.mappable()) {
            rows.add(new Row(i.code(), i.name(), i.level().key(), i.unit(), i.year() == null ? "" : i.year().toString(),
                    i.datasetId(), i.source(), i.subjects(), true));
        }
        rows.addAll(bundled(root.store().repository().observations()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            List<Object> json = new ArrayList<>();
            for (Row r : rows) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("code", r.code());
                item.put("name", r.name());
                item.put("level", r.level());
                item.put("unit", r.unit());
                item.put("year", r.year());
                item.put("dataset", r.dataset());
                item.put("source", r.source());
                item.put("subjects_with_value", r.subjects());
                item.put("mappable", r.mappable());
                json.add(item);
            }
            out.println(Json.write(json));
        } else {
            TextTable table = new TextTable("Code", "Name", "Level", "Unit", "Year", "Dataset", ">Values", "Map",
                    "Source");
            for (Row r : rows) {
                table.row(r.code(), r.name(), r.level(), r.unit(), r.year(),
                        r.dataset() == null ? "bundled" : Long.toString(r.dataset()), Integer.toString(r.subjects()),
                        r.mappable() ? "yes" : "", shorten(r.source(), 70));
            }
            table.lines().forEach(out::println);
        }
        out.flush();
        return 0;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The bundled indicators as the store holds them, each with the kinds of subject, units and years it covers. */
    private static List<Row> bundled(List<Observation> observations) {
        Map<String, List<Observation>> byIndicator = new LinkedHashMap<>();
        observations.forEach(o -> byIndicator.computeIfAbsent(o.indicator().code(), c -> new ArrayList<>()).add(o));
        List<Row> rows = new ArrayList<>();
        byIndicator.forEach((code, list) -> {
            TreeSet<String> kinds = new TreeSet<>();
            TreeSet<String> units = new TreeSet<>();
            TreeSet<String> years = new TreeSet<>();
            TreeSet<String> documents = new TreeSet<>();
            java.util.Set<String> subjects = new java.util.HashSet<>();
            for (Observation o : list) {
                kinds.add(o.subject().kind().key());
                units.add(o.figure().unit());
                if (o.figure().year() != null) {
                    years.add(o.figure().year().toString());
                }
                documents.add(IndicatorCatalog.shortDocument(o.source().document()));
                if (o.figure().isReported()) {
                    subjects.add(o.subject().kind() + "|" + o.subject().regionCode() + "|" + o.subject().provinceCode()
                            + "|" + o.subject().label() + "|" + o.scope());
                }
            }
            Observation first = list.get(0);
            String name = first.indicator().nameEn() + (first.indicator().nameZh().isEmpty() ? ""
                    : " " + first.indicator().nameZh());
            rows.add(new Row(code, name, String.join(", ", kinds), String.join("; ", units), String.join(", ", years),
                    null, String.join("; ", documents), subjects.size(), false));
        });
        return rows;
    }
}
