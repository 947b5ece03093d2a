package org.cpatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Province;
import org.cpatlas.domain.RegionProfile;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.domain.Source;
import org.cpatlas.print.ExportException;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.WriteRules;
import org.cpatlas.store.AtlasRepository;
import org.cpatlas.tables.DataTable;
import org.cpatlas.tables.RegionTables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas regions}: the 14 regions with their urbanization rate 2010, provinces and sources. */
@Command(name = "regions", mixinStandardHelpOptions = true,
        description = {"List the 14 regions with their urbanization rate 2010 (Table 1 of Wang, Li & He 2014).",
            "csv and xlsx: every region with all its figures (rate, provinces named in Chinese and English, counties"
                + " in the map layer and in the official list, boundary, area, population, ...), one column per flag,"
                + " each figure's source; xlsx adds the sheet of Table 1's region-province pairs and one of sources."})
final class RegionsCommand implements Callable<Integer> {

    enum Format { table, csv, json, xlsx }

    @ParentCommand
    private AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json or xlsx (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private TableOutput output = new TableOutput();

    @Mixin
    private MapsOption maps = new MapsOption();

    @Mixin
    private WriteOptions writing = new WriteOptions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.xlsx && !output.hasFile()) {
            err.println("atlas: --format xlsx writes a workbook, not text: name the file with --out FILE.xlsx"
                    + " (see 'atlas regions --help')");
            return CommandLine.ExitCode.USAGE;
        }
        AtlasRepository repository = root.store().repository();
        List<RegionSummary> regions = repository.regions();
        PrintWriter out = spec.commandLine().getOut();
        WriteRules rules = writing.rules(root, maps.source());
        try {
            switch (format) {
                case table, json -> output.text(text(repository, regions), out,
                        format == Format.json ? FileKind.JSON : FileKind.TEXT, rules);
                case csv -> output.csv(regionsTable(repository, regions, err), out, rules);
                case xlsx -> output.xlsx(List.of(regionsTable(repository, regions, err),
                        new RegionTables(output.language()).pairs(profiles(repository, regions))), rules);
            }
        } catch (ExportException e) {
            err.println("atlas: " + WriteOptions.message(e));
            return 1;
        }
        out.flush();
        return 0;
    }

    private String text(AtlasRepository repository, List<RegionSummary> regions) {
        Map<String, List<Province>> provinces = new LinkedHashMap<>();
        for (RegionSummary region : regions) {
            provinces.put(region.code(), repository.provincesOf(region.code()));
        }
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (format == Format.json) {
            out.println(Json.write(json(regions, provinces)));
        } else {
            table(out, regions, provinces);
        }
        out.flush();
        return text.toString();
    }

    private DataTable regionsTable(AtlasRepository repository, List<RegionSummary> regions, PrintWriter err) {
        return new RegionTables(output.language()).regions(profiles(repository, regions),
                CliMaps.regionFacts(maps, err));
    }

    private static List<RegionProfile> profiles(AtlasRepository repository, List<RegionSummary> regions) {
        return regions.stream().map(r -> repository.regionProfile(r.code()).orElseThrow()).toList();
    }

    private static void table(PrintWriter out, List<RegionSummary> regions, Map<String, List<Province>> provinces) {
        TextTable table = new TextTable("#", "Code", "片区", "Region", ">Urbanization 2010 (%)", "Provinces", "Flags",
                "Source");
        Map<String, Source> sources = new LinkedHashMap<>();
        for (RegionSummary region : regions) {
            Figure rate = region.urbanizationRate2010();
            sources.putIfAbsent(rate.source().id(), rate.source());
            table.row(String.valueOf(region.region().seq()), region.code(), region.nameZh(), region.nameEn(),
                    FigureViews.value(rate), String.join(" ", provinces.get(region.code()).stream()
                            .map(Province::nameZhShort).toList()),
                    FigureViews.flagLabels(rate.flags()), rate.source().citation());
        }
        table.lines().forEach(out::println);
        out.println();
        FigureViews.sourceBlock(sources.values()).forEach(out::println);
    }

    private static List<Object> json(List<RegionSummary> regions, Map<String, List<Province>> provinces) {
        List<Object> list = new ArrayList<>();
        for (RegionSummary region : regions) {
            Figure rate = region.urbanizationRate2010();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", region.code());
            json.put("name_zh", region.nameZh());
            json.put("name_en", region.nameEn());
            json.put("urbanization_rate_2010", rate.value());
            json.put("flags", FigureViews.flagNames(rate.flags()));
            json.put("provinces", provinces.get(region.code()).stream().map(p -> {
                Map<String, Object> province = new LinkedHashMap<>();
                province.put("code", p.code());
                province.put("name_zh", p.nameZhShort());
                province.put("name_en", p.nameEn());
                return province;
            }).toList());
            json.put("source", FigureViews.sourceJson(rate.source()));
            list.add(json);
        }
        return list;
    }
}
