package org.cpatlas.domain;

import java.util.Objects;

/**
 * A province-level unit that one of the regions lies in, as listed in {@code data/provinces.csv}.
 *
 * @param code        two-digit GB/T 2260 code ("62" for Gansu)
 * @param nameZh      full Chinese name (甘肃省)
 * @param nameZhShort short Chinese name (甘肃)
 * @param nameEn      English name
 * @param table1Label the name as printed in Table 1 ("Yunan", "Neimenggu")
 */
public record Province(String code, String nameZh, String nameZhShort, String nameEn, String table1Label) {

    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        nameZhShort = nameZhShort == null ? nameZh : nameZhShort;
        table1Label = table1Label == null ? "" : table1Label;
    }
}
