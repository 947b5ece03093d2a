package org.cpatlas.geo;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/** One record of a vector layer: a JTS geometry in lon/lat (WGS84) and its attributes by field name. */
public record Feature(Geometry geometry, Map<String, Object> attributes) {

    public Feature {
        Objects.requireNonNull(geometry, "geometry");
        attributes = Map.copyOf(attributes);
    }

    /** The attribute as text, or the empty string when the field is absent or null (DBF has no null). */
    public String text(String field) {
        Object value = attributes.get(field);
        return value == null ? "" : value.toString().trim();
    }

    /** The attribute as a number, or null when the field is absent, empty or not numeric. */
    public Double number(String field) {
        Object value = attributes.get(field);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
