package org.cpatlas.imports;

/**
 * The user's choices for reading a membership list; null fields are found from the headers and the cells.
 *
 * @param countyColumn the county column (code or name): header, letter or 1-based number
 * @param regionColumn the region column (code, Chinese or English name)
 */
public record MembershipSettings(String countyColumn, String regionColumn) {

    /** Everything found from the file. */
    public static MembershipSettings detect() {
        return new MembershipSettings(null, null);
    }
}
