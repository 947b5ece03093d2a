package org.cpatlas.imports;

import org.cpatlas.domain.Level;

/**
 * Matches the keys of a table to one level of the map: counties, provinces or regions. Hints narrow a name down when
 * the table has a province or prefecture column (城关区 of which province?).
 */
public interface KeyMatcher {

    /** Text of the row's province and prefecture columns, or null where the table has none. */
    record Hints(String province, String prefecture) {

        public static final Hints NONE = new Hints(null, null);
    }

    KeyMatch match(String key, Hints hints);

    /** The matcher of a level over a gazetteer. */
    static KeyMatcher forLevel(Level level, Gazetteer gazetteer) {
        return switch (level) {
            case COUNTY -> new CountyMatcher(gazetteer);
            case PROVINCE -> new ProvinceMatcher(gazetteer.provinces());
            case REGION -> new RegionKeyMatcher(gazetteer.regions());
        };
    }
}
