package org.cpatlas.domain;

import java.util.Objects;

/**
 * An indicator the atlas can map or list: bundled with the atlas or imported by the user.
 *
 * @param code      what users type ({@code urbanization_rate_2010}, {@code d3.4})
 * @param name      its name as the source gives it
 * @param unit      its unit, "" when none
 * @param year      its year, or null
 * @param level     what its values are about
 * @param datasetId the dataset it was imported with, or null when bundled
 * @param source    its source in one line (document, table), for legends and lists
 * @param subjects  how many units have a value
 */
public record IndicatorInfo(String code, String name, String unit, Integer year, Level level, Long datasetId,
        String source, int subjects) {

    public IndicatorInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        unit = Objects.requireNonNullElse(unit, "");
        source = Objects.requireNonNullElse(source, "");
    }

    public boolean imported() {
        return datasetId != null;
    }

    /** "人均GDP (元, 2015)". */
    public String title() {
        StringBuilder out = new StringBuilder(name);
        if (!unit.isEmpty() || year != null) {
            out.append(" (").append(unit);
            if (year != null) {
                out.append(unit.isEmpty() ? "" : ", ").append(year);
            }
            out.append(')');
        }
        return out.toString();
    }
}
