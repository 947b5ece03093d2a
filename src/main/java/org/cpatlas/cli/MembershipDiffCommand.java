package org.cpatlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cpatlas.domain.MembershipDiff;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.RegionLayerBuilder;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.imports.County;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas membership diff NAME}: per region, the counties a list adds and removes against the bundled list. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Per region, the counties a list adds and removes against the bundled list, with their names.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:shown", "1:the map layers cannot be read", "2:no list of that name"})
final class MembershipDiffCommand implements Callable<Integer> {

    @ParentCommand
    private MembershipCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The list's name, as 'atlas membership' lists it.")
    private String name;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    private ListFormatOption.Format format;

    @Mixin
    private MapsOption maps = new MapsOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MapUnits units;
        try {
            units = MapUnits.load(maps.bundledSource());
        } catch (ShapefileException e) {
            return ErrorExit.failed(err, e.getMessage());
        }
        MembershipList bundled = RegionLayerBuilder.listOf(units.counties(), MembershipList.BUNDLED);
        Optional<MembershipList> other = MembershipList.BUNDLED.equalsIgnoreCase(name.strip()) ? Optional.of(bundled)
                : parent.root.userData().memberships().list(name);
        if (other.isEmpty()) {
            return MembershipCommand.noList(err, name);
        }
        List<String> order = new ArrayList<>();
        Map<String, Feature> regions = new LinkedHashMap<>();
        for (Feature region : units.regions().features()) {
            order.add(region.text("code"));
            regions.put(region.text("code"), region);
        }
        MembershipDiff diff = MembershipDiff.between(bundled, other.get(), order);
        if (format == ListFormatOption.Format.json) {
            out.println(Json.write(json(diff, regions, units)));
        } else {
            table(out, diff, regions, units);
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> json(MembershipDiff diff, Map<String, Feature> regions, MapUnits units) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("base", diff.base());
        root.put("list", diff.other());
        root.put("unchanged", diff.unchanged());
        List<Object> items = new ArrayList<>();
        for (MembershipDiff.RegionChange change : diff.regions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            Feature region = regions.get(change.regionCode());
            item.put("code", change.regionCode());
            item.put("name_zh", region == null ? null : region.text("name_zh"));
            item.put("name_en", region == null ? null : region.text("name_en"));
            item.put("before", change.before());
            item.put("after", change.after());
            item.put("added", counties(change.added(), units));
            item.put("removed", counties(change.removed(), units));
            items.add(item);
        }
        root.put("regions", items);
        return root;
    }

    private static List<Object> counties(List<String> codes, MapUnits units) {
        List<Object> out = new ArrayList<>();
        for (String code : codes) {
            Map<String, Object> county = new LinkedHashMap<>();
            Optional<County> known = units.gazetteer().county(code);
            county.put("code", code);
            county.put("name_zh", known.map(County::nameZh).orElse(null));
            county.put("province_zh", known.map(County::provinceZh).orElse(null));
            out.add(county);
        }
        return out;
    }

    private static void table(PrintWriter out, MembershipDiff diff, Map<String, Feature> regions, MapUnits units) {
        out.println("'" + diff.other() + "' against '" + diff.base() + "' (counties per region: before → after)");
        for (MembershipDiff.RegionChange change : diff.regions()) {
            Feature region = regions.get(change.regionCode());
            String title = region == null ? change.regionCode() + " (not one of the 14 regions)"
                    : region.text("name_zh") + " " + region.text("name_en");
            out.println(title + ": " + change.before() + " → " + change.after()
                    + (change.unchanged() ? ", unchanged" : ""));
            if (!change.added().isEmpty()) {
                out.println("  added (" + change.added().size() + "): " + names(change.added(), units));
            }
            if (!change.removed().isEmpty()) {
                out.println("  removed (" + change.removed().size() + "): " + names(change.removed(), units));
            }
        }
        if (diff.unchanged()) {
            out.println("The list has the same counties in every region as the bundled list.");
        }
    }

    private static String names(List<String> codes, MapUnits units) {
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            names.add(units.gazetteer().county(code).map(c -> c.nameZh() + " " + code + " (" + c.provinceZh() + ")")
                    .orElse(code));
        }
        return String.join(", ", names);
    }
}
