package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.cpatlas.domain.RegionSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled data's checksum is remembered by the identity of the jar it is read from, so a start need not hash it;
 * every change of the data is still found: a jar written again, even with one figure changed, the same size and its
 * old time put back, is hashed again and the database built from the old data is rebuilt.
 */
class DataChecksumMemoTest {

    private static final FileTime BUILT = FileTime.fromMillis(1_700_000_000_000L);

    @TempDir
    Path tmp;

    /** The repository's data files in a jar under {@code data/}, as the atlas's jar holds them; Liupan renamed. */
    private Path jar(String liupanName) throws IOException {
        Path jar = tmp.resolve("atlas.jar");
        // Written in place, as an edit that keeps the file (and its inode) would.
        try (OutputStream file = Files.newOutputStream(jar, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
             JarOutputStream out = new JarOutputStream(file)) {
            for (String name : DataBundle.FILES) {
                byte[] bytes = Files.readAllBytes(Path.of("data", name));
                if (name.equals("regions.csv")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("Liupan Mountains", liupanName)
                            .getBytes(StandardCharsets.UTF_8);
                }
                // Stored, not compressed: a change of one letter keeps the jar's size to the byte.
                JarEntry entry = new JarEntry("data/" + name);
                entry.setTime(BUILT.toMillis());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                entry.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                out.putNextEntry(entry);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, BUILT);
        return jar;
    }

    /** The jar's data as the atlas reads it, counting the files opened (each is read whole to hash it). */
    private static final class CountedBundle implements DataBundle {
        final AtomicInteger opened = new AtomicInteger();
        private final DataBundle bundle;

        CountedBundle(ClassLoader loader) {
            bundle = new ClasspathDataBundle(loader, "data/");
        }

        @Override
        public String description() {
            return bundle.description();
        }

        @Override
        public InputStream open(String fileName) throws IOException {
            opened.incrementAndGet();
            return bundle.open(fileName);
        }

        @Override
        public Optional<Path> archive() {
            return bundle.archive();
        }
    }

    private static URLClassLoader loaderOf(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }

    @Test
    void aJarsDataIsHashedOnceThenKnownByTheJarUntilTheJarIsWrittenAgain() throws Exception {
        Path jar = jar("Liupan Mountains");
        DataChecksumMemo memo = DataChecksumMemo.in(tmp.resolve("cache"));
        String bundled = DataBundle.directory(Path.of("data")).checksum();

        try (URLClassLoader loader = loaderOf(jar)) {
            CountedBundle bundle = new CountedBundle(loader);
            assertThat(bundle.archive()).contains(jar);
            assertThat(memo.checksumOf(bundle)).isEqualTo(bundled);
            assertThat(bundle.opened).hasValue(DataBundle.FILES.size());

            assertThat(memo.checksumOf(bundle)).as("remembered").isEqualTo(bundled);
            assertThat(DataChecksumMemo.in(tmp.resolve("cache")).checksumOf(bundle)).isEqualTo(bundled);
            assertThat(bundle.opened).as("not read again").hasValue(DataBundle.FILES.size());
        }

        // One name changed to one of the same length: the same size, and the jar's time put back.
        jar("Liupan Mountainz");
        try (URLClassLoader loader = loaderOf(jar)) {
            CountedBundle bundle = new CountedBundle(loader);
            String changed = memo.checksumOf(bundle);
            assertThat(changed).isNotEqualTo(bundled).isEqualTo(new ClasspathDataBundle(loader, "data/").checksum());
            assertThat(bundle.opened).as("hashed again").hasValue(DataBundle.FILES.size());
        }
    }

    @Test
    void aDatabaseBuiltFromTheOldDataIsRebuiltWhenTheJarsDataChangesWithoutItsSizeOrTime() throws Exception {
        Path jar = jar("Liupan Mountains");
        long size = Files.size(jar);
        Path db = tmp.resolve("atlas.db");
        Path cache = tmp.resolve("cache");
        try (URLClassLoader loader = loaderOf(jar)) {
            AtlasStoreOpener opener = new AtlasStoreOpener(new ClasspathDataBundle(loader, "data/"), TestStores.CLOCK)
                    .rememberingChecksIn(cache);
            opener.open(db).close();
            try (AtlasStore store = opener.open(db)) {
                assertThat(store.warnings()).isEmpty();
                assertThat(liupan(store)).isEqualTo("Liupan Mountains");
            }
        }
        assertThat(Files.readString(cache.resolve(DataChecksumMemo.FILE_NAME))).contains(jar.toString());

        jar("Liupan Mountainz");
        assertThat(Files.size(jar)).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(BUILT);
        try (URLClassLoader loader = loaderOf(jar)) {
            AtlasStoreOpener opener = new AtlasStoreOpener(new ClasspathDataBundle(loader, "data/"), TestStores.CLOCK)
                    .rememberingChecksIn(cache);
            try (AtlasStore store = opener.open(db)) {
                assertThat(store.warnings()).isEmpty();
                assertThat(liupan(store)).as("rebuilt from the changed data").isEqualTo("Liupan Mountainz");
            }
        }
    }

    @Test
    void dataFromAFolderIsHashedEveryTimeAndAMemoThatCannotBeUsedOnlyMeansHashing() throws Exception {
        Path folder = tmp.resolve("data");
        Files.createDirectories(folder);
        for (String name : DataBundle.FILES) {
            Files.copy(Path.of("data", name), folder.resolve(name));
        }
        DataChecksumMemo memo = DataChecksumMemo.in(tmp.resolve("cache"));
        String before = memo.checksumOf(DataBundle.directory(folder));
        Files.writeString(folder.resolve("regions.csv"), Files.readString(folder.resolve("regions.csv"))
                .replace("Liupan Mountains", "Liupan Mountainz"));
        assertThat(memo.checksumOf(DataBundle.directory(folder))).isNotEqualTo(before)
                .isEqualTo(DataBundle.directory(folder).checksum());
        assertThat(tmp.resolve("cache")).doesNotExist();

        Path jar = jar("Liupan Mountains");
        String bundled = DataBundle.directory(Path.of("data")).checksum();
        Files.writeString(tmp.resolve("not-a-folder"), "a file where the cache folder should be");
        Path damaged = Files.createDirectories(tmp.resolve("damaged"));
        try (URLClassLoader loader = loaderOf(jar)) {
            CountedBundle bundle = new CountedBundle(loader);
            assertThat(DataChecksumMemo.in(tmp.resolve("not-a-folder")).checksumOf(bundle)).isEqualTo(bundled);
            assertThat(DataChecksumMemo.in(tmp.resolve("not-a-folder")).checksumOf(bundle)).isEqualTo(bundled);
            assertThat(bundle.opened).as("hashed each time").hasValue(2 * DataBundle.FILES.size());
            assertThat(Files.readString(tmp.resolve("not-a-folder"))).startsWith("a file where");

            DataChecksumMemo memoOfDamaged = DataChecksumMemo.in(damaged);
            assertThat(memoOfDamaged.checksumOf(bundle)).isEqualTo(bundled);
            String line = Files.readString(damaged.resolve(DataChecksumMemo.FILE_NAME)).strip();
            // A line cut short, and one whose checksum was changed: neither is taken for the data's checksum.
            Files.writeString(damaged.resolve(DataChecksumMemo.FILE_NAME), line.substring(0, line.length() - 3));
            assertThat(memoOfDamaged.checksumOf(bundle)).isEqualTo(bundled);
            Files.writeString(damaged.resolve(DataChecksumMemo.FILE_NAME),
                    line.substring(0, line.length() - 64) + "not a checksum".repeat(5));
            assertThat(memoOfDamaged.checksumOf(bundle)).isEqualTo(bundled);
            assertThat(bundle.opened).hasValue(5 * DataBundle.FILES.size());
        }
    }

    private static String liupan(AtlasStore store) {
        List<RegionSummary> regions = store.repository().regions();
        return regions.stream().filter(r -> r.code().equals("liupan")).findFirst().orElseThrow().nameEn();
    }
}
