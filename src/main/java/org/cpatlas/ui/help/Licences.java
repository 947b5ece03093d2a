package org.cpatlas.ui.help;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of everything the atlas bundles and the texts of their licences: {@code /licences/components.tsv}
 * (one row per component: name, version, use, licence, text files, website, Maven artifacts) and the texts beside
 * it. {@code scripts/package.sh} refuses to package a jar with a Maven artifact the catalogue does not credit.
 */
public final class Licences {

    private static final String FOLDER = "/licences/";

    private Licences() {
    }

    /** Every component, in the catalogue's order; the runtime's row names the Java actually running. */
    public static List<BundledComponent> bundled() {
        List<BundledComponent> components = new ArrayList<>();
        try (InputStream in = Licences.class.getResourceAsStream(FOLDER + "components.tsv")) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + FOLDER + "components.tsv");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine(); // header
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    components.add(row(line.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return components;
    }

    private static BundledComponent row(String[] f) {
        String version = f[1].replace("{java.version}", System.getProperty("java.version"));
        return new BundledComponent(f[0], version, f[2], f[3], list(f[4]), f[5], list(f.length > 6 ? f[6] : ""));
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).toList();
    }

    /** A licence text of the catalogue, or empty when the jar lacks it. */
    public static Optional<String> text(String file) {
        String resource = file.startsWith("/") ? file : FOLDER + file;
        try (InputStream in = Licences.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** All the texts of a component, one after the other, each under its file name. */
    public static String textsOf(BundledComponent component) {
        StringBuilder all = new StringBuilder();
        for (String file : component.texts()) {
            if (!all.isEmpty()) {
                all.append("\n\n");
            }
            all.append("──── ").append(file.substring(file.lastIndexOf('/') + 1)).append(" ────\n\n");
            all.append(text(file).orElse("(missing from this build: " + file + ")"));
        }
        return all.toString();
    }
}
