package org.cpatlas.cli;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.cpatlas.domain.Aggregation;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Level;
import org.cpatlas.store.IndicatorCatalog;
import picocli.CommandLine.Option;

/**
 * {@code --aggregate HOW [--weight CODE]}: how a county indicator becomes a value for a region, its provinces and
 * China, for {@code region --indicator} and {@code atlas --indicator} alike, so the text and the printed sheets
 * compute the same.
 */
final class AggregationOptions {

    @Option(names = "--aggregate", paramLabel = "HOW", defaultValue = "mean",
            description = "How a county indicator is computed for the region, its provinces and China: sum, mean,"
                    + " median, min, max or weighted-mean (with --weight); default: ${DEFAULT-VALUE}.")
    String aggregate = "mean";

    @Option(names = "--weight", paramLabel = "CODE",
            description = "For --aggregate weighted-mean: the county indicator that weighs (population, say).")
    String weight;

    /** The method with its weights resolved: the county values that weigh, and their indicator. */
    record Weighting(Aggregation how, IndicatorInfo weight, IndicatorData weights) {

        Map<String, BigDecimal> values() {
            return weights == null ? Map.of() : weights.values();
        }

        String weightTitle() {
            return weight == null ? "" : weight.title();
        }
    }

    /** The method, or a usage error listing the methods there are. */
    Aggregation aggregation() {
        String wanted = aggregate.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(Aggregation.values()).filter(a -> a.key().equals(wanted)).findFirst()
                .orElseThrow(() -> new ExportCommand.UsageError("--aggregate must be one of "
                        + Arrays.stream(Aggregation.values()).map(Aggregation::key).collect(Collectors.joining(", "))
                        + ", got '" + aggregate + "'"));
    }

    /** The method and, for a weighted mean, its weights; a usage error in words when they do not fit. */
    Weighting resolve(IndicatorCatalog catalog) {
        Aggregation how = aggregation();
        if (how != Aggregation.WEIGHTED_MEAN) {
            return new Weighting(how, null, null);
        }
        if (weight == null) {
            throw new ExportCommand.UsageError("--aggregate weighted-mean needs --weight CODE, a county"
                    + " indicator that weighs (population, say)");
        }
        IndicatorInfo info = catalog.find(weight).filter(w -> w.level() == Level.COUNTY)
                .orElseThrow(() -> new ExportCommand.UsageError("--weight '" + weight
                        + "' is no county indicator (see 'atlas indicators')", ""));
        return new Weighting(how, info, catalog.data(info.code()).orElseThrow());
    }
}
