package org.cpatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package says what it owns and what it may not import, in its package-info.java: the layout is the
 * architecture, and a package without its page is a part nobody can place.
 */
class PackageDocsTest {

    @Test
    void everyPackageWithClassesHasAPackageInfoThatSaysWhatItMayNotImport() throws IOException {
        Path sources = Path.of("src", "main", "java", "org", "cpatlas");
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(sources)) {
            packages = dirs.filter(Files::isDirectory).filter(PackageDocsTest::holdsClasses).toList();
        }
        assertThat(packages).hasSizeGreaterThan(20);
        for (Path dir : packages) {
            Path info = dir.resolve("package-info.java");
            assertThat(info).as(sources.relativize(dir) + " has no package-info.java").exists();
            String text = Files.readString(info).toLowerCase(java.util.Locale.ROOT);
            assertThat(text).as(info + " says what the package may or may not import, depend on or use")
                    .containsAnyOf("import", "depend", "may not", "never", "may use", "nothing of");
        }
    }

    private static boolean holdsClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java")
                    && !f.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
