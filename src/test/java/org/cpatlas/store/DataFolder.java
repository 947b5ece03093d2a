package org.cpatlas.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A copy of {@code data/} in a temporary folder that a test may edit line by line. */
record DataFolder(Path path) {

    static DataFolder copyOfRepositoryData(Path target) {
        try {
            Files.createDirectories(target);
            for (String file : DataBundle.FILES) {
                Files.copy(Path.of("data", file), target.resolve(file));
            }
            return new DataFolder(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DataBundle bundle() {
        return DataBundle.directory(path);
    }

    /** Replaces the 1-based line {@code line} of the file by what {@code edit} makes of it. */
    DataFolder editLine(String file, int line, UnaryOperator<String> edit) {
        try {
            Path csv = path.resolve(file);
            List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
            lines.set(line - 1, edit.apply(lines.get(line - 1)));
            Files.write(csv, lines, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first line of the file that starts with the prefix. */
    int lineStartingWith(String file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(path.resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return i + 1;
                }
            }
            throw new AssertionError("no line starting with " + prefix + " in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
