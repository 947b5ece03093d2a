package org.cpatlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.IndicatorFigure;
import org.cpatlas.domain.Level;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.imports.County;
import org.cpatlas.imports.KeyMatch;
import org.cpatlas.imports.KeyMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas county 620422}: one county of the map, its region (with the basis of membership) and its figures. */
@Command(name = "county", mixinStandardHelpOptions = true,
        description = "Show one county: province, prefecture, region (with how its membership is known) and every"
                + " figure imported for it, each with its source.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:shown", "1:the map layers cannot be read", "2:no such county, or the name is ambiguous"})
final class CountyCommand implements Callable<Integer> {

    enum Format { table, json }

    @ParentCommand
    private AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE|NAME",
            description = "2012 code (620422), a code of a later year, or the Chinese name (会宁县, 会宁).")
    private String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private MapsOption maps = new MapsOption();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        MapUnits units;
        try {
            units = MapUnits.load(maps.source());
        } catch (ShapefileException e) {
            err.println("atlas: " + ExportCommand.oneLine(e.getMessage()));
            err.flush();
            return 1;
        }
        KeyMatch match = KeyMatcher.forLevel(Level.COUNTY, units.gazetteer()).match(name, KeyMatcher.Hints.NONE);
        if (!match.found()) {
            String why = match.status() == KeyMatch.Status.AMBIGUOUS
                    ? match.note() + ": " + String.join("; ", match.candidates())
                    : "no county '" + name.strip() + "' on the map: " + match.note();
            err.println("atlas: " + why + " (see 'atlas county --help')");
            err.flush();
            return 2;
        }
        if (!match.note().isEmpty()) {
            err.println("atlas: note: " + match.note());
        }
        County county = units.gazetteer().county(match.code()).orElseThrow();
        Feature feature = units.counties().features().stream().filter(f -> f.text("code").equals(county.code()))
                .findFirst().orElseThrow();
        List<IndicatorFigure> figures = root.userData().datasets().figuresOf(Level.COUNTY, county.code());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.write(json(county, feature, units, figures)));
        } else {
            table(out, county, feature, units, figures);
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static Map<String, Object> json(County county, Feature feature, MapUnits units,
            List<IndicatorFigure> figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", county.code());
        json.put("name_zh", county.nameZh());
        json.put("province_zh", county.provinceZh());
        json.put("prefecture_zh", county.prefectureZh());
        json.put("region", region(county, feature, units));
        List<Object> list = new ArrayList<>();
        for (IndicatorFigure f : figures) {
            Figure figure = f.figure().figure();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("indicator", f.indicator().code());
            item.put("indicator_name", f.indicator().name());
            item.put("value", figure.value());
            item.put("unit", figure.unit());
            item.put("year", figure.year());
            item.put("source", figure.source().citation());
            item.put("cell_text", figure.source().quote());
            item.put("flags", FigureViews.flagNames(figure.flags()));
            item.put("note", f.figure().note());
            list.add(item);
        }
        json.put("figures", list);
        return json;
    }

    private static Map<String, Object> region(County county, Feature feature, MapUnits units) {
        if (county.regions().isEmpty()) {
            return null;
        }
        String code = county.regions().get(0);
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("code", code);
        region.put("name_zh", units.gazetteer().region(code).map(r -> r.nameZh()).orElse(""));
        region.put("basis", feature.text("basis"));
        region.put("source", feature.text("source"));
        return region;
    }

    private static void table(PrintWriter out, County county, Feature feature, MapUnits units,
            List<IndicatorFigure> figures) {
        out.println(county.nameZh() + "  (" + county.code() + ")");
        out.println("Province:    " + county.provinceZh());
        out.println("Prefecture:  " + county.prefectureZh());
        Map<String, Object> region = region(county, feature, units);
        if (region == null) {
            out.println("Region:      none (not in any of the 14 regions on the map)");
        } else {
            out.println("Region:      " + region.get("name_zh") + " (" + region.get("code") + "), membership "
                    + region.get("basis") + (String.valueOf(region.get("source")).isEmpty() ? ""
                    : "; source: " + region.get("source")));
        }
        out.println();
        if (figures.isEmpty()) {
            out.println("No figures imported for this county (import a county table: atlas import FILE).");
            return;
        }
        TextTable table = new TextTable("Indicator", "Name", ">Value", "Unit", "Year", "Flags", "Source");
        for (IndicatorFigure f : figures) {
            Figure figure = f.figure().figure();
            table.row(f.indicator().code(), f.indicator().name(), figure.display(), figure.unit(),
                    figure.year() == null ? "" : figure.year().toString(), FigureViews.flagLabels(figure.flags()),
                    figure.source().citation());
        }
        table.lines().forEach(out::println);
        for (IndicatorFigure f : figures) {
            if (!f.figure().note().isEmpty()) {
                out.println("  " + f.indicator().code() + ": " + f.figure().note());
            }
        }
    }
}
