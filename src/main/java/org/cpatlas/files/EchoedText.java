package org.cpatlas.files;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text the user typed or chose (a region name, an option's value, a path), as a message or an output line repeats
 * it: every control character (a newline, an escape code that would recolour or clear the terminal, a bell) and
 * every invisible character that reorders text is shown escaped ({@code \n}, {@code \x1B}, {@code \u202E}), and text
 * too long to read is shortened in the middle with an ellipsis, so a 10,000-character name cannot fill the screen.
 */
public final class EchoedText {

    /** Longer than this (in characters) is shortened: a long region name or option value still fits on a line. */
    public static final int MAX_TEXT = 120;
    /** Paths may be long and their end (the file name) matters most, so they get more room. */
    public static final int MAX_PATH = 300;
    /** A whole message line: past this its quoted parts and then the line itself are shortened. */
    static final int MAX_LINE = 1_000;
    private static final String ELLIPSIS = "…";
    private static final Pattern QUOTED = Pattern.compile("'([^'\\r\\n]*)'");

    private EchoedText() {
    }

    /** A name or value as a message quotes it: escaped and at most {@link #MAX_TEXT} characters. */
    public static String of(String text) {
        return shorten(escape(String.valueOf(text)), MAX_TEXT);
    }

    /** A path as a message names it: escaped and at most {@link #MAX_PATH} characters. */
    public static String path(Path path) {
        return path(String.valueOf(path));
    }

    /** A path given as text, as {@link #path(Path)}. */
    public static String path(String path) {
        return shorten(escape(String.valueOf(path)), MAX_PATH);
    }

    /**
     * A whole message line of which parts came from the user (a library's message quoting an argument, say): its
     * control characters escaped, every quoted part ('…') shortened as {@link #of}, the line at most {@value #MAX_LINE}
     * characters. Text already made safe passes unchanged.
     */
    public static String line(String message) {
        String escaped = escape(String.valueOf(message));
        Matcher quoted = QUOTED.matcher(escaped);
        StringBuilder shortened = new StringBuilder();
        while (quoted.find()) {
            quoted.appendReplacement(shortened,
                    Matcher.quoteReplacement("'" + shorten(quoted.group(1), MAX_TEXT) + "'"));
        }
        quoted.appendTail(shortened);
        return shorten(shortened.toString(), MAX_LINE);
    }

    /** Whether the character would act on the terminal or reorder what is shown instead of being shown. */
    static boolean mustEscape(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C || codePoint == 0xFEFF;
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (mustEscape(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> c < 0x100 ? String.format("\\x%02X", c) : String.format("\\u%04X", c);
                });
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /** At most {@code max} characters: the start and the end kept, the middle replaced by an ellipsis. */
    static String shorten(String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return text;
        }
        int tail = max / 4;
        int head = max - tail - 1;
        int headEnd = text.offsetByCodePoints(0, head);
        int tailStart = text.offsetByCodePoints(text.length(), -tail);
        return text.substring(0, headEnd) + ELLIPSIS + text.substring(tailStart);
    }
}
