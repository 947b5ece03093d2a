package org.cpatlas.render;

/**
 * What a drawn map includes besides the regions.
 *
 * @param countyOutlines draw the outlines of county units
 * @param provinceLabels write province names
 * @param regionLabels   write region names
 * @param language       which names labels show
 */
public record MapOptions(boolean countyOutlines, boolean provinceLabels, boolean regionLabels, LabelLanguage language) {

    public static MapOptions defaults() {
        return new MapOptions(false, true, true, LabelLanguage.BOTH);
    }

    public MapOptions withCountyOutlines(boolean on) {
        return new MapOptions(on, provinceLabels, regionLabels, language);
    }

    public MapOptions withLanguage(LabelLanguage newLanguage) {
        return new MapOptions(countyOutlines, provinceLabels, regionLabels, newLanguage);
    }
}
