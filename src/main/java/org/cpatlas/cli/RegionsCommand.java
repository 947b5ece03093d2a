package org.cpatlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Province;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.domain.Source;
import org.cpatlas.store.AtlasRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas regions}: the 14 regions with their urbanization rate 2010, provinces and sources. */
@Command(name = "regions", mixinStandardHelpOptions = true,
        description = "List the 14 regions with their urbanization rate 2010 (Table 1 of Wang, Li & He 2014).")
final class RegionsCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @ParentCommand
    private AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        AtlasRepository repository = root.store().repository();
        List<RegionSummary> regions = repository.regions();
        Map<String, List<Province>> provinces = new LinkedHashMap<>();
        for (RegionSummary region : regions) {
            provinces.put(region.code(), repository.provincesOf(region.code()));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> table(out, regions, provinces);
            case csv -> csv(out, regions, provinces);
            case json -> out.println(Json.write(json(regions, provinces)));
        }
        out.flush();
        return 0;
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

    private static void csv(PrintWriter out, List<RegionSummary> regions, Map<String, List<Province>> provinces) {
        out.println(Csv.line(List.of("code", "name_zh", "name_en", "urbanization_rate_2010", "unit", "year", "flags",
                "provinces", "source_id", "source_document", "source_location", "source_quote", "source_url",
                "source_citation")));
        for (RegionSummary region : regions) {
            Figure rate = region.urbanizationRate2010();
            Source source = rate.source();
            List<String> cells = new ArrayList<>(List.of(region.code(), region.nameZh(), region.nameEn(),
                    rate.value() == null ? "" : rate.value().toPlainString(), rate.unit(),
                    rate.year() == null ? "" : rate.year().toString(),
                    String.join(";", FigureViews.flagNames(rate.flags())),
                    String.join(";", provinces.get(region.code()).stream().map(Province::code).toList()),
                    source.id(), source.document(), source.location(), source.quote(), source.url(),
                    source.citation()));
            out.println(Csv.line(cells));
        }
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
