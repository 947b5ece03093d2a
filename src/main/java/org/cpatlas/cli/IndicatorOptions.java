package org.cpatlas.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Level;
import org.cpatlas.geo.Feature;
import org.cpatlas.render.ClassSpec;
import org.cpatlas.render.ClassificationScheme;
import org.cpatlas.render.ColorBrewer;
import org.cpatlas.render.IndicatorMap;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapTheme;
import org.cpatlas.store.IndicatorCatalog;
import picocli.CommandLine.Option;

/**
 * {@code --indicator CODE} and how to class it ({@code --scheme}, {@code --classes}, {@code --palette},
 * {@code --breaks}), shared by {@code export} and {@code atlas}.
 */
public final class IndicatorOptions {

    @Option(names = "--indicator", paramLabel = "CODE",
            description = "Map this indicator instead of Table 1's urbanization rate (codes: 'atlas indicators').")
    String code;

    @Option(names = "--scheme", paramLabel = "quantiles|equal|jenks|manual",
            description = "How values are classed (default: quantiles; with --breaks: manual).")
    String scheme;

    @Option(names = "--classes", paramLabel = "N", description = "Number of classes, 3-9 (default: 5).")
    String classes;

    @Option(names = "--palette", paramLabel = "NAME",
            description = "ColorBrewer palette safe for colour-blind readers (default: YlGnBu; diverging: RdBu,"
                    + " BrBG, PuOr, PiYG, PRGn, RdYlBu).")
    String palette;

    @Option(names = "--breaks", paramLabel = "B1,B2,...",
            description = "Breaks between classes, increasing (2 to 8 of them).")
    String breaks;

    boolean given() {
        return code != null;
    }

    /** The indicator's description, or a usage error naming the codes there are. */
    IndicatorInfo info(IndicatorCatalog catalog) {
        return catalog.find(code).orElseThrow(() -> new ExportCommand.UsageError("unknown indicator '" + code
                + "'; the indicators that can be mapped are " + String.join(", ", catalog.codes())
                + " (see 'atlas indicators')", ""));
    }

    /** The class spec the options describe. */
    ClassSpec spec() {
        ClassSpec spec = ClassSpec.defaults();
        try {
            if (palette != null) {
                spec = spec.withPalette(palette);
            }
            if (classes != null) {
                int n;
                try {
                    n = Integer.parseInt(classes.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--classes must be a whole number from 3 to 9, got '"
                            + classes + "'");
                }
                spec = spec.withClasses(n);
            }
            if (scheme != null) {
                ClassificationScheme s = ClassificationScheme.parse(scheme);
                if (s == null) {
                    throw new IllegalArgumentException("--scheme must be quantiles, equal, jenks or manual, got '"
                            + scheme + "'");
                }
                if (s == ClassificationScheme.MANUAL && breaks == null) {
                    throw new IllegalArgumentException("--scheme manual needs --breaks B1,B2,...");
                }
                spec = spec.withScheme(s);
            }
            if (breaks != null) {
                spec = spec.withBreaks(parseBreaks(breaks));
            }
        } catch (IllegalArgumentException e) {
            throw new ExportCommand.UsageError(e.getMessage().startsWith("unknown palette")
                    ? "--palette: " + e.getMessage() : e.getMessage().startsWith("--") ? e.getMessage()
                    : "--classes/--breaks: " + e.getMessage());
        }
        return spec;
    }

    private static List<BigDecimal> parseBreaks(String text) {
        List<BigDecimal> out = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                out.add(new BigDecimal(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--breaks must be numbers separated by commas, got '" + part.strip()
                        + "'");
            }
        }
        return out;
    }

    /** The classed indicator over the units of its level in the layers. */
    static IndicatorMap map(IndicatorData data, ClassSpec spec, MapLayers layers) {
        return IndicatorMap.of(data, spec, MapTheme.light().notReported(), IndicatorMap.unitsOf(data.info().level(),
                layers));
    }

    static String palettes() {
        return String.join(", ", ColorBrewer.names()).toLowerCase(Locale.ROOT);
    }
}
