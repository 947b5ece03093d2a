package org.cpatlas.domain;

import java.util.Objects;

/**
 * One row of a county-to-region list: a county (its 2012 code) counted in a region, why, and on whose word.
 *
 * @param countyCode 6-digit administrative code of 2012 (GB/T 2260)
 * @param regionCode the region's code (liupan, qinba, ...)
 * @param basis      how strong the evidence is
 * @param source     the source as a reader can follow it (may be empty)
 * @param note       the list's own remark on the row, e.g. the quoted passage (may be empty)
 * @param row        where the row is in the list's file (1-based line or sheet row; 0 when not from a file)
 */
public record CountyMembership(String countyCode, String regionCode, MembershipBasis basis, String source,
        String note, int row) {

    public CountyMembership {
        Objects.requireNonNull(countyCode, "countyCode");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(basis, "basis");
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }
}
