package org.cpatlas.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.cpatlas.render.AtlasFonts;

/**
 * Embeds in an SVG document the bundled Noto Sans SC cut down to the characters its text uses, as CSS
 * {@code @font-face} rules: a browser then shows the page as drawn, on machines without a CJK font too. A page uses
 * a few hundred characters, so a subset is tens of kilobytes where the whole font is 1.2 MB. Two weights: text
 * written bold ({@code font-weight: bold}, which {@link SvgTextGraphics} sees to) gets the bold subset, the rest the
 * regular one.
 */
final class SvgFontEmbedder {

    static final String FAMILY = "Noto Sans SC";
    private static final Pattern TEXT = Pattern.compile("<text([^>]*)>([^<]*)</text>");

    private SvgFontEmbedder() {
    }

    /** The document with the font subsets in a {@code <defs><style>} right after its opening tag. */
    static String embed(String svg) throws IOException {
        Set<Integer> regular = charactersOf(svg, false);
        Set<Integer> bold = charactersOf(svg, true);
        if (regular.isEmpty() && bold.isEmpty()) {
            return svg;
        }
        String style = "<defs><style>"
                + (regular.isEmpty() ? "" : fontFace(AtlasFonts.REGULAR_RESOURCE, 400, regular))
                + (bold.isEmpty() ? "" : fontFace(AtlasFonts.BOLD_RESOURCE, 700, bold))
                + "</style></defs>";
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        return svg.substring(0, open) + style + svg.substring(open);
    }

    /** The characters of every {@code <text>} element, XML entities resolved. */
    static Set<Integer> charactersOf(String svg) {
        Set<Integer> used = charactersOf(svg, false);
        used.addAll(charactersOf(svg, true));
        return used;
    }

    /** The characters of the {@code <text>} elements written bold, or of the others. */
    static Set<Integer> charactersOf(String svg, boolean bold) {
        Set<Integer> used = new TreeSet<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            if (m.group(1).contains("font-weight: bold") != bold) {
                continue;
            }
            String text = m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&");
            text.codePoints().forEach(used::add);
        }
        return used;
    }

    private static String fontFace(String resource, int weight, Set<Integer> used) throws IOException {
        byte[] subset = subset(resource, used);
        return "@font-face{font-family:\"" + FAMILY + "\";font-weight:" + weight
                + ";src:url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(subset)
                + ") format(\"truetype\");}";
    }

    static byte[] subset(String resource, Set<Integer> used) throws IOException {
        try (InputStream in = AtlasFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the bundled font " + resource + " is missing from the application");
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                TTFSubsetter subsetter = new TTFSubsetter(font);
                subsetter.addAll(used);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return out.toByteArray();
            }
        }
    }
}
