package org.cpatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Observation;
import org.cpatlas.domain.ProvinceComparison;
import org.cpatlas.domain.RegionProfile;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.files.EchoedText;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.print.ExportException;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.WriteRules;
import org.cpatlas.store.AtlasRepository;
import org.cpatlas.tables.RegionTables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas region NAME}: one region, its provinces with rates and gaps, its other figures and their sources. */
@Command(name = "region", mixinStandardHelpOptions = true,
        description = {"Show one region: its provinces with urbanization rate, printed and computed gap, flags and"
                + " sources.",
            "csv: one of the region's tables (--table); xlsx: its provinces, figures and county list, one sheet each,"
                + " and a sheet of sources."})
final class RegionCommand implements Callable<Integer> {

    enum Format { table, json, csv, xlsx }

    /** Which of the region's tables a CSV holds. */
    enum Table { provinces, figures, counties }

    private static final int SUGGESTIONS = 3;

    @ParentCommand
    private AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Chinese name, English name or code (六盘山区, Liupan, liupan).")
    private String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json, csv or xlsx (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "provinces",
            description = "For csv: provinces (Table 1's rows), figures (every other figure) or counties (the county"
                    + " list of the map layer, with each county's basis and source); default: ${DEFAULT-VALUE}.")
    private Table table;

    @Mixin
    private TableOutput output = new TableOutput();

    @Mixin
    private MapsOption maps = new MapsOption();

    @Mixin
    private WriteOptions writing = new WriteOptions();

    @Mixin
    private RegionIndicatorOptions indicator = new RegionIndicatorOptions();

    @Override
    public Integer call() {
        if (format == Format.xlsx && !output.hasFile()) {
            spec.commandLine().getErr().println("atlas: --format xlsx writes a workbook, not text: name the file with"
                    + " --out FILE.xlsx (see 'atlas region --help')");
            return CommandLine.ExitCode.USAGE;
        }
        AtlasRepository repository = root.store().repository();
        Optional<RegionProfile> profile = repository.findRegion(name)
                .flatMap(region -> repository.regionProfile(region.code()));
        if (profile.isEmpty()) {
            String suggestions = repository.closestRegions(name, SUGGESTIONS).stream()
                    .map(r -> r.code() + " (" + r.nameZh() + ", " + r.nameEn() + ")")
                    .collect(Collectors.joining(", "));
            spec.commandLine().getErr().println("atlas: unknown region '" + EchoedText.of(name) + "'; closest matches: "
                    + suggestions
                    + " (see 'atlas regions')");
            return CommandLine.ExitCode.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RegionTables tables = new RegionTables(output.language());
        RegionProfile found = profile.get();
        WriteRules rules = writing.rules(root, maps.source());
        try {
            RegionIndicatorBlock block = indicator.given()
                    ? RegionIndicatorBlock.of(indicator, format == Format.json || format == Format.table, root, maps,
                            found.region().code())
                    : null;
            switch (format) {
                case json -> output.text(Json.write(block == null ? json(found) : block.withJson(json(found)))
                        + System.lineSeparator(), out, FileKind.JSON, rules);
                case table -> output.text(block == null ? text(found) : block.afterText(text(found)), out,
                        FileKind.TEXT, rules);
                case csv -> output.csv(switch (table) {
                    case provinces -> tables.provinces(found);
                    case figures -> tables.figures(found);
                    case counties -> tables.counties(found.region(), CliMaps.counties(maps, found.region().code()));
                }, out, rules);
                case xlsx -> output.xlsx(List.of(tables.provinces(found), tables.figures(found),
                        tables.counties(found.region(), CliMaps.counties(maps, found.region().code()))), rules);
            }
        } catch (ExportException e) {
            err.println("atlas: " + WriteOptions.message(e));
            return 1;
        } catch (ShapefileException e) {
            err.println("atlas: " + ExportCommand.oneLine(e.getMessage()));
            return 1;
        } catch (ExportCommand.UsageError e) {
            // A message that names where to look (an unknown indicator: 'atlas indicators') keeps its own hint.
            err.println("atlas: " + e.getMessage() + (e.hint().isEmpty() ? "" : " (see 'atlas region --help')"));
            return CommandLine.ExitCode.USAGE;
        }
        out.flush();
        return 0;
    }

    private static String text(RegionProfile profile) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        table(out, profile);
        out.flush();
        return text.toString();
    }

    private static Map<String, Object> json(RegionProfile profile) {
        RegionSummary summary = profile.summary();
        Figure rate = summary.urbanizationRate2010();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", summary.code());
        json.put("name_zh", summary.nameZh());
        json.put("name_en", summary.nameEn());
        json.put("urbanization_rate_2010", rate.value());
        json.put("flags", FigureViews.flagNames(rate.flags()));
        json.put("source_id", rate.source().id());
        json.put("source", rate.source().citation());
        List<Object> provinces = new ArrayList<>();
        for (ProvinceComparison row : profile.provinces()) {
            Map<String, Object> province = new LinkedHashMap<>();
            province.put("code", row.provinceCode());
            province.put("name_zh", row.nameZh());
            province.put("name_en", row.nameEn());
            province.put("urbanization_rate_2010", row.provinceRate().value());
            province.put("gap_pp_printed", row.gapPrinted().value());
            province.put("gap_pp_computed", row.gapComputed().value());
            province.put("flags", FigureViews.flagNames(row.flags()));
            province.put("note", notes(row, rate));
            province.put("source_ids", sourceIds(row.provinceRate(), row.gapPrinted(), row.gapComputed()));
            province.put("sources", FigureViews.citations(row.provinceRate(), row.gapPrinted(), row.gapComputed()));
            provinces.add(province);
        }
        json.put("provinces", provinces);
        List<Object> figures = new ArrayList<>();
        for (Observation observation : profile.otherFigures()) {
            Figure figure = observation.figure();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", observation.id());
            item.put("indicator", observation.indicator().code());
            item.put("indicator_name", observation.indicator().nameEn());
            item.put("subject", observation.subject().label());
            item.put("year", figure.year());
            item.put("value", figure.value());
            item.put("value_text", figure.text());
            item.put("unit", figure.unit());
            item.put("scope", observation.scope());
            item.put("flags", FigureViews.flagNames(figure.flags()));
            item.put("note", observation.note());
            item.put("source_id", figure.source().id());
            item.put("source", figure.source().citation());
            figures.add(item);
        }
        json.put("figures", figures);
        json.put("sources", profile.sources().stream().map(FigureViews::sourceJson).toList());
        return json;
    }

    private static void table(PrintWriter out, RegionProfile profile) {
        RegionSummary summary = profile.summary();
        Figure rate = summary.urbanizationRate2010();
        out.println(summary.nameZh() + "  " + summary.nameEn() + "  (" + summary.code() + ")");
        out.println("Urbanization rate 2010: " + FigureViews.value(rate) + (rate.isNumeric() ? " %" : "")
                + "  (" + rate.source().citation() + ")");
        out.println();

        TextTable provinces = new TextTable("Province", "省份", ">Rate 2010 (%)", ">Gap printed (pp)",
                ">Gap computed (pp)", "Flags", "Source");
        List<String> notes = new ArrayList<>();
        for (ProvinceComparison row : profile.provinces()) {
            provinces.row(row.nameEn(), row.nameZh(), FigureViews.value(row.provinceRate()),
                    FigureViews.value(row.gapPrinted()), FigureViews.value(row.gapComputed()),
                    FigureViews.flagLabels(row.flags()),
                    String.join("; ", FigureViews.citations(row.provinceRate(), row.gapPrinted(), row.gapComputed())));
            if (!row.flags().isEmpty()) {
                notes.add(row.nameEn() + ": " + notes(row, rate));
            }
        }
        provinces.lines().forEach(out::println);
        if (!notes.isEmpty()) {
            out.println();
            out.println("Notes");
            notes.forEach(note -> out.println("  " + note));
        }

        if (!profile.otherFigures().isEmpty()) {
            out.println();
            out.println("Other figures");
            for (Observation observation : profile.otherFigures()) {
                out.println("  " + figureLine(observation));
            }
        }

        out.println();
        FigureViews.sourceBlock(profile.sources()).forEach(out::println);
    }

    /** "Urbanization rate, Enshi (恩施), 2012: 34.5 %  (Wang, Li & He (2014), Section 3, paragraph 1)", with scope and flags. */
    private static String figureLine(Observation observation) {
        Figure figure = observation.figure();
        StringBuilder line = new StringBuilder(observation.indicator().nameEn());
        line.append(", ").append(observation.subject().label());
        if (figure.year() != null) {
            line.append(", ").append(figure.year());
        }
        line.append(": ").append(FigureViews.value(figure));
        if (figure.isNumeric()) {
            line.append(' ').append(figure.unit());
        }
        if (!observation.scope().isEmpty()) {
            line.append(" (").append(observation.scope()).append(')');
        }
        if (!figure.flags().isEmpty()) {
            line.append(" {").append(FigureViews.flagLabels(figure.flags())).append('}');
        }
        line.append("  (").append(figure.source().citation()).append(')');
        return line.toString();
    }

    /** Why a row is flagged, from the notes the importer wrote on its figures. */
    private static String notes(ProvinceComparison row, Figure regionRate) {
        if (row.has(Flag.CONFLICT)) {
            return "printed gap " + row.gapPrinted().display() + ", but " + row.provinceRate().display() + " - "
                    + regionRate.display() + " = " + row.gapComputed().display();
        }
        if (row.has(Flag.NOT_REPORTED)) {
            if (!regionRate.isReported()) {
                return "Table 1 gives no rate for the region, so no gap is printed and none can be computed";
            }
            return "Table 1 prints no gap for this province";
        }
        return "";
    }

    private static List<String> sourceIds(Figure... figures) {
        Set<String> ids = new LinkedHashSet<>();
        for (Figure figure : figures) {
            ids.add(figure.source().id());
        }
        return List.copyOf(ids);
    }
}
