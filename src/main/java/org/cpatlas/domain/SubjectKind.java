package org.cpatlas.domain;

import java.util.Locale;

/** What kind of place or group a figure is about. */
public enum SubjectKind {
    COUNTRY, ALL_REGIONS, REGION, PROVINCE, REGION_PROVINCE, PREFECTURE, SURVEY;

    /** The spelling used in the CSV files and the database ("all_regions"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the CSV/database spelling; null when it is none of the kinds. */
    public static SubjectKind fromKey(String key) {
        for (SubjectKind kind : values()) {
            if (kind.key().equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
