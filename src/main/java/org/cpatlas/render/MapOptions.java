package org.cpatlas.render;

/**
 * What a drawn map includes besides the regions.
 *
 * @param countyOutlines     draw the outlines of county units
 * @param provinceLabels     write province names
 * @param regionLabels       write region names
 * @param language           which names labels show
 * @param southChinaSeaInset show the South China Sea islands inset on whole-country maps
 */
public record MapOptions(boolean countyOutlines, boolean provinceLabels, boolean regionLabels, LabelLanguage language,
        boolean southChinaSeaInset) {

    /** Options without a choice about the inset: it is shown, as by default. */
    public MapOptions(boolean countyOutlines, boolean provinceLabels, boolean regionLabels, LabelLanguage language) {
        this(countyOutlines, provinceLabels, regionLabels, language, true);
    }

    public static MapOptions defaults() {
        return new MapOptions(false, true, true, LabelLanguage.BOTH, true);
    }

    public MapOptions withCountyOutlines(boolean on) {
        return new MapOptions(on, provinceLabels, regionLabels, language, southChinaSeaInset);
    }

    public MapOptions withLanguage(LabelLanguage newLanguage) {
        return new MapOptions(countyOutlines, provinceLabels, regionLabels, newLanguage, southChinaSeaInset);
    }

    public MapOptions withSouthChinaSeaInset(boolean on) {
        return new MapOptions(countyOutlines, provinceLabels, regionLabels, language, on);
    }
}
