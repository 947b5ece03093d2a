package org.cpatlas.render;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Level;

/**
 * An indicator drawn as a choropleth of counties, provinces or regions: its values by unit code, its classes (with the
 * count of units in each and of those not reported) and what the legend says about it (name, unit, year, source).
 *
 * @param info        what it is and where it comes from
 * @param values      numbers by unit code; units not reported are absent, never 0
 * @param scale       classes, colours and counts
 * @param spec        how the classes were made
 * @param notReported units of the map's layer without a value (hatched)
 */
public record IndicatorMap(IndicatorInfo info, Map<String, BigDecimal> values, ChoroplethScale scale, ClassSpec spec,
        int notReported) {

    public IndicatorMap {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(spec, "spec");
        values = Map.copyOf(values);
    }

    /**
     * Classes the data's values as the spec says.
     *
     * @param units every unit of the indicator's level on the map (to count those not reported)
     */
    public static IndicatorMap of(IndicatorData data, ClassSpec spec, Rgb notReportedColour, Collection<String> units) {
        Map<String, BigDecimal> values = data.values();
        List<BigDecimal> bounds = ClassBreaks.bounds(values.values(), spec);
        List<Rgb> colours = colours(spec, bounds.size() - 1);
        int missing = (int) units.stream().filter(u -> !values.containsKey(u)).count();
        ChoroplethScale scale = ChoroplethScale.withBounds(bounds, colours, notReportedColour, data.info().unit())
                .withCounts(values.values(), missing);
        return new IndicatorMap(data.info(), values, scale, spec, missing);
    }

    /** The palette's colours for as many classes as the data allowed (ties can leave fewer than asked). */
    private static List<Rgb> colours(ClassSpec spec, int classes) {
        ColorBrewer.Palette palette = ColorBrewer.palette(spec.palette()).orElseThrow();
        if (classes >= ColorBrewer.MIN_CLASSES) {
            return palette.colours(classes);
        }
        List<Rgb> three = palette.colours(ColorBrewer.MIN_CLASSES);
        return classes == 1 ? List.of(three.get(1)) : List.of(three.get(0), three.get(2));
    }

    /**
     * Every unit of a level drawn on the map, by code (a polygon without a code counts once, as itself): what the
     * legend's "not reported" counts against.
     */
    public static java.util.List<String> unitsOf(Level level, MapLayers layers) {
        DrawableLayer layer = switch (level) {
            case COUNTY -> layers.counties();
            case PROVINCE -> layers.provinces();
            case REGION -> layers.regions();
        };
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        if (layer != null) {
            for (int i = 0; i < layer.size(); i++) {
                String code = layer.feature(i).text("code");
                codes.add(code.isEmpty() ? "#" + i : code);
            }
        }
        return java.util.List.copyOf(codes);
    }

    public Level level() {
        return info.level();
    }

    public BigDecimal valueOf(String unitCode) {
        return values.get(unitCode);
    }

    /** "人均GDP (元, 2015)". */
    public String title() {
        return info.title();
    }

    /** The legend's source line. */
    public String source() {
        return info.source();
    }
}
