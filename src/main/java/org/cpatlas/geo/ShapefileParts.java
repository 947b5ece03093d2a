package org.cpatlas.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cpatlas.geo.ShapefileException.Reason;

/**
 * The files of one shapefile layer in memory: the required .shp, .shx and .dbf and the optional .cpg (encoding) and
 * .prj (CRS). Reading all bytes up front keeps the parser independent of where the layer came from (a folder, the
 * jar, a test) and lets it fail cleanly on short files instead of on a half-read stream.
 *
 * <p>From a folder, only what can be held is read: each part must be a regular file; the .cpg and .prj are read only
 * when small, as such files are; the headers of the .shp, .shx and .dbf are read first and checked against their
 * sizes and against each other (record counts included), and the files' sizes against {@link LayerBudget}, before
 * any file is read whole.
 */
public record ShapefileParts(
        String layerName,
        ShapefilePart shp,
        ShapefilePart shx,
        ShapefilePart dbf,
        Optional<ShapefilePart> cpg,
        Optional<ShapefilePart> prj) {

    public ShapefileParts {
        Objects.requireNonNull(layerName, "layerName");
        Objects.requireNonNull(shp, "shp");
        Objects.requireNonNull(shx, "shx");
        Objects.requireNonNull(dbf, "dbf");
        Objects.requireNonNull(cpg, "cpg");
        Objects.requireNonNull(prj, "prj");
    }

    /**
     * Reads the layer whose .shp is at {@code path} (the extension may be left off) and its sibling files.
     *
     * @throws ShapefileException when a required file is missing, is a directory or cannot be read
     */
    public static ShapefileParts open(Path path) {
        Objects.requireNonNull(path, "path");
        Path fileName = path.getFileName();
        if (fileName == null) {
            throw new ShapefileException(Reason.NOT_A_FILE, path.toString(),
                    path + " is not a shapefile path; give the path of the layer's .shp file, e.g. maps/regions.shp");
        }
        String name = fileName.toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".shp") ? name.substring(0, name.length() - 4) : name;
        Path dir = path.toAbsolutePath().getParent();
        if (Files.isDirectory(path) && !name.toLowerCase(Locale.ROOT).endsWith(".shp")) {
            throw new ShapefileException(Reason.NOT_A_FILE, path.toString(),
                    path + " is a directory, not a shapefile; give the path of the layer's .shp file inside it");
        }
        PartFile shp = required(dir, base, "shp");
        PartFile shx = required(dir, base, "shx");
        PartFile dbf = required(dir, base, "dbf");
        Optional<ShapefilePart> cpg = optionalText(dir, base, "cpg", ".cpg (the name of the layer's text encoding)");
        Optional<ShapefilePart> prj = optionalText(dir, base, "prj", ".prj (the layer's coordinate system)");
        // Headers first: a truncated part, or a .dbf with other records than the .shp has shapes, is refused from
        // its first bytes, before anything is read whole.
        LayerHeaders.check(shp.head(ShpHeader.SIZE), shx.head(ShpHeader.SIZE), dbf.head(32), Optional.empty());
        String simplify = "simplify the layer, e.g. mapshaper " + shp.label() + " -simplify 10% keep-shapes -o out.shp,"
                + " or keep only the features the atlas needs";
        LayerBudget.requireFileFits(shp.label(), shp.size(), simplify);
        LayerBudget.requireFileFits(shx.label(), shx.size(), simplify);
        LayerBudget.requireFileFits(dbf.label(), dbf.size(), "keep only the fields and features the atlas needs,"
                + " e.g. ogr2ogr -select code,name_zh,name_en out.shp " + shp.label());
        return new ShapefileParts(base, shp.readAll(shp.size()), shx.readAll(shx.size()), dbf.readAll(dbf.size()),
                cpg, prj);
    }

    /** Writes every part next to each other as {@code dir/layerName.ext}; returns the path of the .shp. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir, "shp", shp);
        write(dir, "shx", shx);
        write(dir, "dbf", dbf);
        if (cpg.isPresent()) {
            write(dir, "cpg", cpg.get());
        }
        if (prj.isPresent()) {
            write(dir, "prj", prj.get());
        }
        return dir.resolve(layerName + ".shp");
    }

    /** The same layer with one part replaced, for tests and fuzzing that corrupt a single file. */
    public ShapefileParts with(String extension, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes; use without(extension) to drop an optional part");
        String ext = extension.toLowerCase(Locale.ROOT);
        ShapefilePart part = new ShapefilePart(layerName + "." + ext, bytes);
        return switch (ext) {
            case "shp" -> new ShapefileParts(layerName, part, shx, dbf, cpg, prj);
            case "shx" -> new ShapefileParts(layerName, shp, part, dbf, cpg, prj);
            case "dbf" -> new ShapefileParts(layerName, shp, shx, part, cpg, prj);
            case "cpg" -> new ShapefileParts(layerName, shp, shx, dbf, Optional.of(part), prj);
            case "prj" -> new ShapefileParts(layerName, shp, shx, dbf, cpg, Optional.of(part));
            default -> throw new IllegalArgumentException("not a shapefile part: " + extension);
        };
    }

    /** The same layer without its optional .cpg or .prj. */
    public ShapefileParts without(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "cpg" -> new ShapefileParts(layerName, shp, shx, dbf, Optional.empty(), prj);
            case "prj" -> new ShapefileParts(layerName, shp, shx, dbf, cpg, Optional.empty());
            default -> throw new IllegalArgumentException("only .cpg and .prj are optional, not " + extension);
        };
    }

    private void write(Path dir, String ext, ShapefilePart part) throws IOException {
        Files.write(dir.resolve(layerName + "." + ext), part.bytes());
    }

    private static PartFile required(Path dir, String base, String ext) {
        Path file = sibling(dir, base, ext);
        if (!Files.exists(file)) {
            String message = ext.equals("shp")
                    ? file + " does not exist; check the path (a layer is a .shp file with its .shx and .dbf beside it)"
                    : "Missing " + file + ": the layer " + base + " needs " + base + ".shp, " + base + ".shx and "
                            + base + ".dbf side by side; copy the missing ." + ext
                            + " from the same export next to the others";
            throw new ShapefileException(Reason.MISSING_FILE, file.toString(), message);
        }
        return PartFile.of(file);
    }

    /** A .cpg or .prj: a few lines of text, read only when it is that small. */
    private static Optional<ShapefilePart> optionalText(Path dir, String base, String ext, String what) {
        Path file = sibling(dir, base, ext);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        PartFile part = PartFile.of(file);
        LayerBudget.requireTextFits(part.label(), part.size(), what);
        return Optional.of(part.readAll(part.size()));
    }

    /** Prefers the lower-case extension but accepts upper case, as written by older Windows tools. */
    private static Path sibling(Path dir, String base, String ext) {
        Path lower = dir.resolve(base + "." + ext);
        if (Files.exists(lower)) {
            return lower;
        }
        Path upper = dir.resolve(base + "." + ext.toUpperCase(Locale.ROOT));
        return Files.exists(upper) ? upper : lower;
    }
}
