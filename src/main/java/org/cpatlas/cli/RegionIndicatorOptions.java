package org.cpatlas.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cpatlas.domain.Aggregation;
import picocli.CommandLine.Option;

/**
 * {@code region NAME --indicator CODE [--aggregate HOW] [--weight CODE]}: the region against its provinces and the
 * whole country on one indicator, values from counties computed as the user chooses.
 */
final class RegionIndicatorOptions {

    @Option(names = "--indicator", paramLabel = "CODE",
            description = "Also compare the region with its provinces and with China on this indicator (codes:"
                    + " 'atlas indicators'); a county indicator is computed from the counties (table or json).")
    String code;

    @Option(names = "--aggregate", paramLabel = "HOW", defaultValue = "mean",
            description = "How a county indicator is computed for the region, its provinces and China: sum, mean,"
                    + " median, min, max or weighted-mean (with --weight); default: ${DEFAULT-VALUE}.")
    String aggregate;

    @Option(names = "--weight", paramLabel = "CODE",
            description = "For --aggregate weighted-mean: the county indicator that weighs (population, say).")
    String weight;

    boolean given() {
        return code != null;
    }

    /** The method, or a usage error listing the methods there are. */
    Aggregation aggregation() {
        String wanted = aggregate.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(Aggregation.values()).filter(a -> a.key().equals(wanted)).findFirst()
                .orElseThrow(() -> new ExportCommand.UsageError("--aggregate must be one of "
                        + Arrays.stream(Aggregation.values()).map(Aggregation::key).collect(Collectors.joining(", "))
                        + ", got '" + aggregate + "'"));
    }
}
