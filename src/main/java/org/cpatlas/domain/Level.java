package org.cpatlas.domain;

import java.util.Locale;

/** Which units of the map an indicator's values are about: counties, provinces or the 14 regions. */
public enum Level {
    COUNTY, PROVINCE, REGION;

    /** Lower-case spelling for options, JSON and the database ("county"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "county", "province" or "region" in any case; null for anything else. */
    public static Level fromKey(String key) {
        if (key == null) {
            return null;
        }
        for (Level level : values()) {
            if (level.key().equalsIgnoreCase(key.strip())) {
                return level;
            }
        }
        return null;
    }
}
