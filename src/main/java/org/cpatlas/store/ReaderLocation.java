package org.cpatlas.store;

import java.util.regex.Pattern;

/**
 * Tells a reader's place in a document (Table 1, row Tibet Region; Section 3.2, paragraph 2; p. 14) from a place in
 * the atlas's own copy of it (line 74 of a seed text, a file name), which no reader has and which must never be shown
 * as a citation. The copy's line belongs in the source's trace column.
 */
final class ReaderLocation {

    /** "line 74", "lines 40-41", "seed text", a file name such as "003_….txt" or "figures.csv". */
    private static final Pattern OUR_COPY = Pattern.compile(
            "(?i)\\blines? \\d+|\\bseed text\\b|\\.(txt|csv|md)\\b");

    private ReaderLocation() {
    }

    static boolean pointsIntoOurCopy(String location) {
        return OUR_COPY.matcher(location).find();
    }
}
