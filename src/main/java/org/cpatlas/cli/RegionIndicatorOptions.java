package org.cpatlas.cli;

import picocli.CommandLine.Mixin;
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

    @Mixin
    AggregationOptions aggregation = new AggregationOptions();

    boolean given() {
        return code != null;
    }
}
