package org.cpatlas.print;

import org.locationtech.jts.geom.Envelope;

/**
 * The whole-country map: all 14 regions over China, the frame fitted to the mainland (the far south is left to the
 * South China Sea islands inset), titled as the atlas. What {@code export --layout map} writes without a region.
 */
public final class CountryMap {

    public static final String TITLE_ZH = "中国集中连片特困地区";
    public static final String TITLE_EN = "China's contiguous poor regions";

    private CountryMap() {
    }

    /** China and its neighbours down to 17.5 N: the window's "whole country" view and the printed country map. */
    public static Envelope extent() {
        return new Envelope(73.0, 135.5, 17.5, 53.8);
    }

    /** The country map of this content (no region selected). */
    public static MapSheet sheet(MapContent content) {
        return MapSheet.fitting(TITLE_ZH, TITLE_EN, extent(), content.layers(), content.styling(), content.options(),
                content.legendTitle(), content.sourceLine(), content.date());
    }
}
