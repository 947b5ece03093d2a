package org.cpatlas.domain;

import java.util.Objects;

/**
 * One of the 14 contiguous poor regions, as listed in {@code data/regions.csv}.
 *
 * @param code        stable code (liupan, qinba, ...)
 * @param seq         order of the region in the official list and in Table 1
 * @param nameZh      Chinese name (六盘山区)
 * @param nameEn      English name (Liupan Mountains)
 * @param table1Label the label as printed in Table 1 of Wang, Li &amp; He (2014)
 */
public record Region(String code, int seq, String nameZh, String nameEn, String table1Label) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        table1Label = table1Label == null ? "" : table1Label;
    }
}
