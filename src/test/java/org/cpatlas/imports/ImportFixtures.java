package org.cpatlas.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;

/** The gazetteer of the repository's real map layers, and small files for import tests. */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    /** Counties, provinces and regions of {@code maps/}, with the bundled code history. */
    public static Gazetteer gazetteer() {
        MapSource maps = MapSource.directory(Path.of("maps"));
        ShapefileReader reader = new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
        return Gazetteer.of(maps.read("counties", reader), maps.read("provinces", reader),
                maps.read("regions", reader), CodeHistory.bundled());
    }

    /** Writes lines joined by "\n" in the charset. */
    public static Path text(Path file, Charset charset, String... lines) {
        try {
            Files.write(file, (String.join("\n", lines) + "\n").getBytes(charset));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path bytes(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of the table's rows, cell by cell. */
    public static List<List<String>> texts(RawTable table) {
        return table.rows().stream().map(r -> r.cells().stream().map(RawCell::text).toList()).toList();
    }
}
