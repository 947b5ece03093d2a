package org.cpatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cpatlas.domain.Aggregation;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.store.IndicatorCatalog;

/**
 * The indicator part of {@code region NAME --indicator CODE}: the options checked (a usage error in words for an
 * unknown code, a method that does not exist, a weight that is no county indicator, or a CSV/XLSX format), the
 * comparison computed, and added after the region's text or into its JSON under {@code indicator}.
 */
final class RegionIndicatorBlock {

    private final RegionIndicatorView view;
    private final Aggregation how;
    private final IndicatorInfo weight;

    private RegionIndicatorBlock(RegionIndicatorView view, Aggregation how, IndicatorInfo weight) {
        this.view = view;
        this.how = how;
        this.weight = weight;
    }

    static RegionIndicatorBlock of(RegionIndicatorOptions options, boolean textOrJson, AtlasCommand root,
            MapsOption maps, String regionCode) {
        if (!textOrJson) {
            throw new ExportCommand.UsageError("--indicator is shown with --format table or json");
        }
        IndicatorCatalog catalog = root.indicators();
        IndicatorInfo info = catalog.find(options.code).orElseThrow(() -> new ExportCommand.UsageError(
                "unknown indicator '" + options.code + "'; the indicators there are: " + String.join(", ",
                        catalog.codes()) + " (see 'atlas indicators')", ""));
        AggregationOptions.Weighting weighting = options.aggregation.resolve(catalog);
        IndicatorData data = catalog.data(info.code()).orElseThrow(() -> new ExportCommand.UsageError(
                "indicator '" + options.code + "' has no values to compare", ""));
        MapUnits units = MapUnits.load(maps.source());
        return new RegionIndicatorBlock(RegionIndicatorView.of(data, units.gazetteer(), regionCode, weighting.how(),
                weighting.weights()), weighting.how(), weighting.weight());
    }

    /** The region's text, then a blank line and the indicator's table. */
    String afterText(String regionText) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.print(regionText);
        out.println();
        view.print(out);
        out.flush();
        return text.toString();
    }

    /** The region's JSON with the key {@code indicator} added last. */
    Map<String, Object> withJson(Map<String, Object> regionJson) {
        Map<String, Object> json = new LinkedHashMap<>(regionJson);
        json.put("indicator", view.json(how, weight));
        return json;
    }
}
