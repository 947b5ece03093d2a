package org.cpatlas.geo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpatlas.geo.ShapefileException.Reason;

/**
 * Rejects layers whose .prj declares a projected or geocentric CRS: the atlas draws lon/lat, and reading metres as
 * degrees would put the layer off the map without any error. Geographic CRSs (WGS84, CGCS2000, …) pass; they differ
 * from WGS84 by far less than a pixel at atlas scales. A missing .prj passes; the coordinate range check then decides.
 */
final class CrsCheck {

    private static final Pattern NAME = Pattern.compile("^\\s*(?:PROJCS|PROJCRS|PROJECTEDCRS|GEOCCS)\\s*\\[\\s*\"([^\"]*)\"");

    private CrsCheck() {
    }

    static void requireGeographic(Optional<ShapefilePart> prj, ShapefilePart shp) {
        if (prj.isEmpty()) {
            return;
        }
        String wkt = new String(prj.get().bytes(), StandardCharsets.UTF_8).replace("\uFEFF", "").trim();
        String upper = wkt.toUpperCase(Locale.ROOT);
        boolean projected = upper.startsWith("PROJCS") || upper.startsWith("PROJCRS") || upper.startsWith("PROJECTEDCRS");
        boolean geocentric = upper.startsWith("GEOCCS");
        if (!projected && !geocentric) {
            return;
        }
        Matcher m = NAME.matcher(wkt);
        String name = m.find() ? m.group(1) : "unnamed";
        String kind = projected ? "a projected CRS" : "a geocentric CRS";
        String file = shp.label();
        throw new ShapefileException(Reason.PROJECTED_CRS, file, file + " is in " + kind + " (" + name + ", per "
                + prj.get().label() + "); reproject it to WGS84 lon/lat (EPSG:4326), e.g. ogr2ogr -t_srs EPSG:4326"
                + " out.shp " + file);
    }
}
