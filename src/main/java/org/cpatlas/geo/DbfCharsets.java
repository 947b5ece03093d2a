package org.cpatlas.geo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpatlas.geo.ShapefileException.Reason;

/**
 * Which encoding a .dbf's text is in.
 *
 * <p>Policy, in order: the caller's explicit choice; the .cpg file; the .dbf's language driver byte when it names a
 * Chinese code page (GBK or Big5); otherwise UTF-8, decoded strictly. No guessing beyond that: GBK accepts most byte
 * sequences, so a wrong guess would show garbled names without any error. Text that is not valid UTF-8 and has no
 * .cpg fails with a message that asks for a .cpg (and says when GBK decodes it cleanly).
 */
final class DbfCharsets {

    static final Charset GBK = Charset.forName("GBK");

    private static final Pattern CODE_PAGE = Pattern.compile("(?:ANSI|CP|WINDOWS-?|MS)?\\s*(\\d{3,5})");

    /** Where the encoding was taken from, for messages. */
    record Choice(Charset charset, String origin, boolean declared) {
    }

    private DbfCharsets() {
    }

    static Choice choose(Optional<Charset> explicit, Optional<ShapefilePart> cpg, ShapefilePart dbf) {
        if (explicit.isPresent()) {
            return new Choice(explicit.get(), "the encoding chosen by the caller", true);
        }
        // An empty .cpg (some tools write one for "no code page") declares nothing: the rules below decide.
        if (cpg.isPresent() && !isBlank(cpg.get())) {
            return new Choice(fromCpg(cpg.get()), cpg.get().label(), true);
        }
        if (dbf.size() > 29) {
            int driver = dbf.buffer().get(29) & 0xFF;
            // Language driver IDs of code page 936: 0x4D (dBASE/ArcGIS) and 0x7A (Visual FoxPro, javadbf).
            if (driver == 0x4D || driver == 0x7A) {
                return new Choice(GBK, "the language driver byte of " + dbf.label(), true);
            }
            if (driver == 0x4F || driver == 0x78) {
                return new Choice(Charset.forName("Big5"), "the language driver byte of " + dbf.label(), true);
            }
        }
        return new Choice(StandardCharsets.UTF_8, "the default (no .cpg file)", false);
    }

    static Charset fromCpg(ShapefilePart cpg) {
        String text = new String(cpg.bytes(), StandardCharsets.UTF_8).replace("\uFEFF", "").trim();
        String name = text.toUpperCase(Locale.ROOT);
        if (name.equals("UTF-8") || name.equals("UTF8")) {
            return StandardCharsets.UTF_8;
        }
        if (name.equals("GB2312") || name.equals("EUC-CN")) {
            return GBK; // GBK is a superset, and files labelled GB2312 often use GBK characters.
        }
        if (name.equals("88591") || name.equals("LATIN1")) {
            return StandardCharsets.ISO_8859_1;
        }
        Matcher codePage = CODE_PAGE.matcher(name);
        if (codePage.matches()) {
            String number = codePage.group(1);
            Optional<Charset> byNumber = switch (number) {
                case "65001" -> Optional.of(StandardCharsets.UTF_8);
                case "936" -> Optional.of(GBK);
                case "950" -> Optional.of(Charset.forName("Big5"));
                default -> lookup("cp" + number).or(() -> lookup("windows-" + number));
            };
            if (byNumber.isPresent()) {
                return byNumber.get();
            }
        }
        return lookup(text).orElseThrow(() -> new ShapefileException(Reason.ENCODING, cpg.label(), cpg.label()
                + " names the encoding '" + text + "', which is not known; write the encoding the .dbf was saved in"
                + " (UTF-8 or GBK) as the only line of the file"));
    }

    private static boolean isBlank(ShapefilePart cpg) {
        return new String(cpg.bytes(), StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank();
    }

    private static Optional<Charset> lookup(String name) {
        try {
            return name.isEmpty() ? Optional.empty() : Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
