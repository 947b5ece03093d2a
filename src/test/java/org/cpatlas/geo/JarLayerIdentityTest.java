package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Layers bundled in a jar are named by the jar's directory (sizes and CRC-32s of their entries), so that a start with
 * their snapshot kept reads none of their bytes ({@link ClasspathMapSource#contentIdentity},
 * {@link ShapefileReader#readPolygons(MapSource, String)}).
 */
class JarLayerIdentityTest {

    @TempDir
    Path dir;

    /** Hands back the very layer it was given, so a recalled layer is told from one read again. */
    private static final class Kept implements LayerSnapshots {
        final Map<String, FeatureLayer> layers = new HashMap<>();
        final List<String> recalled = new ArrayList<>();

        @Override
        public Optional<FeatureLayer> recall(String key, GeometryFactory factory) {
            Optional<FeatureLayer> known = Optional.ofNullable(layers.get(key));
            known.ifPresent(layer -> recalled.add(key));
            return known;
        }

        @Override
        public void remember(String key, FeatureLayer layer) {
            layers.put(key, layer);
        }
    }

    private static final byte[] NO_BYTES = new byte[0];

    /** A jar holding the fixture regions under /maps/, the .dbf optionally changed in one byte. */
    private Path jar(String name, boolean editedDbf) throws IOException {
        Path source = Path.of("src/test/resources/geo/maps");
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                var anchor = JarLayerIdentityTest.class.getClassLoader().getResourceAsStream(ANCHOR)) {
            out.putNextEntry(new JarEntry(ANCHOR));
            anchor.transferTo(out);
            out.closeEntry();
            for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
                Path part = source.resolve("regions." + ext);
                byte[] bytes = Files.exists(part) ? Files.readAllBytes(part) : NO_BYTES;
                if (bytes == NO_BYTES) {
                    continue;
                }
                if (editedDbf && ext.equals("dbf")) {
                    bytes[bytes.length - 2] ^= 1;
                }
                out.putNextEntry(new JarEntry("maps/regions." + ext));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** A class to put in the jars: the atlas finds its bundled maps as resources of one of its own classes. */
    static final class Anchor {
    }

    private static final String ANCHOR = Anchor.class.getName().replace('.', '/') + ".class";

    /** The maps of a jar as the atlas finds its bundled maps: resources of a class loaded from that jar. */
    private static MapSource bundledIn(URLClassLoader loader) throws ClassNotFoundException {
        return new ClasspathMapSource(loader.loadClass(Anchor.class.getName()), "/maps/");
    }

    private static ShapefileReader reader(LayerSnapshots kept) {
        return AtlasLayerPolicy.reader(ValidityMemo.NONE, kept);
    }

    @Test
    void aJarsLayerKeptOnceIsRecalledByItsDirectoryWithoutBeingReadAgain() throws Exception {
        Kept kept = new Kept();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar("a.jar", false).toUri().toURL()}, null)) {
            MapSource maps = bundledIn(loader);
            assertThat(maps.contentIdentity("regions")).get().asString()
                    .startsWith("jar/shp:").contains("/shx:").contains("/dbf:");

            FeatureLayer first = maps.readPolygons("regions", reader(kept));
            FeatureLayer second = maps.readPolygons("regions", reader(kept));

            assertThat(first.size()).isPositive();
            // One snapshot, under the jar's names of the files, not a second one under their bytes' checksums.
            assertThat(kept.layers).hasSize(1);
            assertThat(kept.layers.keySet().iterator().next()).contains("/regions/jar/");
            assertThat(kept.recalled).hasSize(1);
            assertThat(second).isSameAs(first);
        }
    }

    @Test
    void aJarWhoseLayerChangedInOneByteIsReadAgain() throws Exception {
        Kept kept = new Kept();
        try (URLClassLoader before = new URLClassLoader(new URL[] {jar("a.jar", false).toUri().toURL()}, null);
                URLClassLoader after = new URLClassLoader(new URL[] {jar("b.jar", true).toUri().toURL()}, null)) {
            FeatureLayer old = bundledIn(before).readPolygons("regions", reader(kept));
            FeatureLayer edited = bundledIn(after).readPolygons("regions", reader(kept));

            assertThat(kept.recalled).isEmpty();
            assertThat(kept.layers).hasSize(2);
            assertThat(edited).isNotSameAs(old);
        }
    }

    @Test
    void mapsOutsideAJarAreNamedByTheirBytesAsBefore() {
        MapSource classes = new ClasspathMapSource(JarLayerIdentityTest.class, "/geo/maps/");
        Kept kept = new Kept();

        classes.readPolygons("regions", reader(kept));

        assertThat(classes.contentIdentity("regions")).isEmpty();
        assertThat(kept.layers.keySet()).singleElement().asString().doesNotContain("/jar/").contains("crc64/");
    }

    @Test
    void aRepairingReaderKeepsNothingUnderTheJarsNames() throws Exception {
        Kept kept = new Kept();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar("a.jar", false).toUri().toURL()}, null)) {
            bundledIn(loader).readPolygons("regions",
                    new ShapefileReader(ShapefileReader.Options.defaults().repair().withSnapshots(kept)));
        }
        assertThat(kept.layers).isEmpty();
    }
}
