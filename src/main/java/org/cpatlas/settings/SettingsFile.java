package org.cpatlas.settings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings as a file of {@code key=value} lines (Java properties, UTF-8), read at start and written when the
 * window closes. Reading never fails: a missing file means defaults; a damaged one (not text, not UTF-8, a broken
 * escape, too large, a folder or a device in its place, unreadable) is ignored with one line in the log, and its
 * bytes are kept as {@code settings.properties.damaged} when the settings are next saved. Writing goes to a
 * temporary file renamed over the old one, so a crash never leaves half a file.
 */
public final class SettingsFile {

    /**
     * Asked for only when something is logged: the window's launcher finds the settings file on the main thread
     * before the JavaFX toolkit starts, and a logger made when this class loads set up logging there, in the way of
     * the toolkit (the loading thread sets it up meanwhile).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(SettingsFile.class);
    }
    /** Far above anything the atlas writes (a few hundred bytes); a larger file is not the atlas's settings. */
    static final long MAX_BYTES = 256 * 1024;
    static final String DAMAGED_SUFFIX = ".damaged";
    private static final String HEADER = "Atlas of China's contiguous poor regions: settings, written when the"
            + " window closes. Delete this file (or use Help > Reset settings) to start afresh.";

    private final Path file;
    /** The file on disk is damaged: keep its bytes aside before the next save replaces it. */
    private boolean damaged;

    public SettingsFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The settings file of this user on this platform (see {@link SettingsLocation}). */
    public static SettingsFile forUser() {
        return new SettingsFile(SettingsLocation.fromSystem().file());
    }

    public Path path() {
        return file;
    }

    /** The stored settings; empty when there is no file or it cannot be used (then logged, never thrown). */
    public Settings load() {
        damaged = false;
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Settings();
        }
        try {
            return new Settings(read());
        } catch (DamagedException e) {
            damaged = Files.isRegularFile(file);
            log().warn("the settings file {} was ignored: {}; the atlas starts with its default settings{}", file,
                    e.getMessage(), damaged ? " (the file will be kept as " + file.getFileName() + DAMAGED_SUFFIX
                            + " when the settings are next saved)" : "");
            return new Settings();
        }
    }

    private Map<String, String> read() throws DamagedException {
        if (!Files.isRegularFile(file)) {
            throw new DamagedException(Files.isDirectory(file) ? "it is a folder, not a file" : "it is not a regular file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DamagedException("it has " + Files.size(file) + " bytes, far more than settings take");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DamagedException("it cannot be read (" + describe(e) + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DamagedException("it is not UTF-8 text");
        }
        if (text.indexOf('\0') >= 0) {
            throw new DamagedException("it holds binary data, not text");
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IllegalArgumentException | IOException e) {
            throw new DamagedException("a line is malformed (" + e.getMessage() + ")");
        }
        Map<String, String> values = new TreeMap<>();
        properties.forEach((k, v) -> values.put((String) k, (String) v));
        return values;
    }

    /**
     * Writes the settings; returns whether they were written. A failure (read-only folder, full disk, a folder in
     * the file's place) is logged and leaves the old file as it was: settings are not worth an error dialog.
     */
    public boolean save(Settings settings) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                log().warn("the settings were not saved: {} is not a regular file; remove it to let the atlas save"
                        + " its settings there", file);
                return false;
            }
            Files.createDirectories(file.getParent());
            if (damaged && Files.isRegularFile(file)) {
                Files.move(file, file.resolveSibling(file.getFileName() + DAMAGED_SUFFIX),
                        StandardCopyOption.REPLACE_EXISTING);
                damaged = false;
            }
            Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
            try {
                Files.writeString(partial, format(settings), StandardCharsets.UTF_8);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            log().warn("the settings were not saved to {}: {}", file, describe(e));
            return false;
        }
    }

    /** Properties text, keys sorted, without the date line {@link Properties#store} adds (the file's time says it). */
    static String format(Settings settings) {
        Properties properties = new Properties();
        properties.putAll(settings.asMap());
        StringWriter out = new StringWriter();
        try {
            properties.store(out, HEADER);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        // store() writes the header, then a line with the date, then the entries in hash order.
        String[] lines = out.toString().split("\\R");
        java.util.List<String> entries = new java.util.ArrayList<>(java.util.Arrays.asList(lines).subList(2,
                lines.length));
        java.util.Collections.sort(entries);
        StringBuilder text = new StringBuilder(lines[0]).append('\n');
        entries.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is a file where a folder is needed";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Why a settings file cannot be used. */
    private static final class DamagedException extends Exception {
        DamagedException(String why) {
            super(why);
        }
    }
}
