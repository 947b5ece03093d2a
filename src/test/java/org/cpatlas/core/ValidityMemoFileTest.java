package org.cpatlas.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.geo.ShapefileParts;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.geo.ValidityMemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memo file keeps the fingerprints the reader makes, across starts, and skips lines it does not know. */
class ValidityMemoFileTest {

    @TempDir
    Path cache;

    @Test
    void aLayerValidatedAtOneStartIsKnownValidAtTheNext() throws Exception {
        Path file = cache.resolve("valid-layers.txt");
        Files.writeString(file, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nnot a key\n",
                StandardCharsets.US_ASCII);
        ShapefileParts regions = ShapefileParts.open(Path.of("maps", "regions.shp"));
        List<String> asked = new ArrayList<>();

        read(regions, new Asking(new ValidityMemoFile(file), asked));
        assertThat(asked).hasSize(1);
        // The fingerprint starts with the .shp's length, so it changes whenever the map build does.
        assertThat(asked.get(0)).startsWith("crc64/" + Files.size(Path.of("maps", "regions.shp")) + ":");
        assertThat(new ValidityMemoFile(file).isKnownValid(asked.get(0))).as("known at the next start").isTrue();
        assertThat(new ValidityMemoFile(file).isKnownValid(
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")).isFalse();

        ShapefileParts counties = ShapefileParts.open(Path.of("maps", "counties.shp"));
        read(counties, new Asking(new ValidityMemoFile(file), asked));
        assertThat(asked.get(1)).as("another layer, another fingerprint").isNotEqualTo(asked.get(0));
        assertThat(new ValidityMemoFile(file).isKnownValid(asked.get(1))).isTrue();
    }

    private static void read(ShapefileParts parts, ValidityMemo memo) {
        new ShapefileReader(ShapefileReader.Options.defaults().withValidityMemo(memo)).read(parts);
    }

    /** Records the fingerprints asked for, and passes everything to the memo file. */
    private record Asking(ValidityMemoFile file, List<String> asked) implements ValidityMemo {
        @Override
        public boolean isKnownValid(String digest) {
            asked.add(digest);
            return file.isKnownValid(digest);
        }

        @Override
        public void rememberValid(String digest) {
            file.rememberValid(digest);
        }
    }
}
