package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library is kept in the cache, in a folder of its version and platform, byte for byte the jar's. */
class SqliteNativeLibraryTest {

    @TempDir
    Path cache;

    @Test
    void theLibraryIsCopiedOnceIntoAFolderOfItsVersionAndPlatform() throws Exception {
        Path copy = SqliteNativeLibrary.copyIn(cache).orElseThrow();

        assertThat(copy.getFileName().toString()).isEqualTo(System.mapLibraryName("sqlitejdbc"));
        assertThat(copy.getParent().getFileName().toString())
                .startsWith("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-")
                .contains(System.getProperty("os.arch"));
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream jar = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            assertThat(Files.readAllBytes(copy)).isEqualTo(jar.readAllBytes());
        }

        Files.setLastModifiedTime(copy, FileTime.fromMillis(0));
        assertThat(SqliteNativeLibrary.copyIn(cache)).contains(copy);
        assertThat(Files.getLastModifiedTime(copy).toMillis()).as("not written again").isZero();
    }

    @Test
    void withoutAWritableCacheSqliteJdbcIsLeftToExtractItsLibrary() throws Exception {
        Path notADirectory = Files.writeString(cache.resolve("cpatlas"), "a file where the cache should be");
        assertThat(SqliteNativeLibrary.copyIn(notADirectory)).isEmpty();
        assertThat(SqliteNativeLibrary.copyIn(null)).isEmpty();
    }
}
