package org.cpatlas.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A memo kept in the user's cache as lines of text, an entry a line (the databases that passed their check, the
 * bundled data's checksum). Written in place, not through a temporary file: a memo cut short (a full disk, two atlases
 * at once) only loses entries, since an entry counts only as a whole line, and leaves no other file behind.
 */
final class MemoLines {

    private MemoLines() {
    }

    /** The memo's lines; none when it is missing or cannot be read (a memo that cannot be read is no memo). */
    static List<String> read(Path memo) {
        try {
            return Files.isRegularFile(memo) ? Files.readAllLines(memo, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Writes the last {@code kept} of {@code lines} as the memo, making its folder if need be. */
    static void writeNewest(Path memo, List<String> lines, int kept) throws IOException {
        Files.createDirectories(memo.getParent());
        Files.write(memo, lines.subList(Math.max(0, lines.size() - kept), lines.size()), StandardCharsets.UTF_8);
    }
}
