package org.cpatlas.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ColorBrewer palettes (Cynthia Brewer, Mark Harrower and The Pennsylvania State University, colorbrewer2.org; Apache
 * 2.0 licence in {@code colorbrewer-LICENSE.txt}) that ColorBrewer marks safe for colour-blind readers: every
 * sequential scheme and the diverging BrBG, PiYG, PRGn, PuOr, RdBu and RdYlBu, each for 3 to 9 classes. The colours
 * were copied from npm {@code colorbrewer} 1.7.0 into {@code colorbrewer.csv}.
 */
public final class ColorBrewer {

    /** Sequential (light to dark: low to high) or diverging (two hues apart from a light middle). */
    public enum Kind { SEQUENTIAL, DIVERGING }

    /** One scheme: its name ("YlGnBu"), kind and colours for each number of classes. */
    public record Palette(String name, Kind kind, Map<Integer, List<Rgb>> colours) {

        public Palette {
            colours = Map.copyOf(colours);
        }

        /** The colours for {@code classes} classes (3 to 9), light to dark or one end to the other. */
        public List<Rgb> colours(int classes) {
            List<Rgb> list = colours.get(classes);
            if (list == null) {
                throw new IllegalArgumentException("ColorBrewer's " + name + " has 3 to 9 classes, not " + classes);
            }
            return list;
        }
    }

    public static final int MIN_CLASSES = 3;
    public static final int MAX_CLASSES = 9;
    /** The default for a sequential map; GnBu is the atlas's own palette (see {@link MapTheme}). */
    public static final String DEFAULT = "YlGnBu";

    private static final Map<String, Palette> PALETTES = load();

    private ColorBrewer() {
    }

    /** Every palette, sequential first. */
    public static List<Palette> palettes() {
        return List.copyOf(PALETTES.values());
    }

    /** The palette of a name, any case. */
    public static Optional<Palette> palette(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return PALETTES.values().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public static List<String> names() {
        return List.copyOf(PALETTES.keySet());
    }

    private static Map<String, Palette> load() {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Map<String, Map<Integer, List<Rgb>>> colours = new LinkedHashMap<>();
        try (InputStream in = ColorBrewer.class.getResourceAsStream("colorbrewer.csv")) {
            if (in == null) {
                throw new IllegalStateException("colorbrewer.csv is missing from the application; reinstall it");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header: palette,kind,classes,colours
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                kinds.put(f[0], Kind.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)));
                List<Rgb> list = new ArrayList<>();
                for (String hex : f[3].split(" ")) {
                    list.add(Rgb.hex(hex));
                }
                colours.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(Integer.parseInt(f[2]), list);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Palette> out = new LinkedHashMap<>();
        kinds.forEach((name, kind) -> out.put(name, new Palette(name, kind, colours.get(name))));
        return java.util.Collections.unmodifiableMap(out);
    }
}
