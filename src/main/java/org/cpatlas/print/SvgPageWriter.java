package org.cpatlas.print;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.WriteRules;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Writes a page as SVG in points, with vector paths. Text is written as the glyphs' outlines by default, so the page
 * looks the same in a browser, Inkscape and Illustrator whether or not Noto Sans SC is installed (Inkscape and
 * Illustrator ignore fonts embedded in CSS). {@link TextMode#TEXT} keeps text as {@code <text>} elements, editable,
 * in the bundled Noto Sans SC embedded as subsets of the characters used, regular and bold
 * ({@link SvgFontEmbedder}); browsers then show it exactly, editors with the font installed too.
 */
public final class SvgPageWriter {

    /** How text reaches the SVG. */
    public enum TextMode {
        /** Glyph outlines as paths: the same look everywhere, text not editable (the default). */
        PATHS,
        /** Text elements in the embedded font subsets: editable and searchable. */
        TEXT
    }

    private final Dpi detail;
    private final TextMode textMode;

    public SvgPageWriter(Dpi detail, TextMode textMode) {
        this.detail = detail;
        this.textMode = textMode;
    }

    public SvgPageWriter(Dpi detail) {
        this(detail, TextMode.PATHS);
    }

    public SvgPageWriter(TextMode textMode) {
        this(Dpi.VECTOR_DETAIL, textMode);
    }

    public SvgPageWriter() {
        this(Dpi.VECTOR_DETAIL, TextMode.PATHS);
    }

    public void write(PrintPage page, Path target) throws ExportException {
        write(page, target, WriteRules.standard());
    }

    /** Writes the page to a file atomically, by the rules of what it may replace. */
    public void write(PrintPage page, Path target, WriteRules rules) throws ExportException {
        try {
            AtomicOutput.write(target, FileKind.SVG, rules, out -> write(page, out));
        } catch (ExportCancelledException e) {
            throw new IllegalStateException("SVG export is not cancellable", e);
        }
    }

    public void write(PrintPage page, OutputStream out) throws IOException {
        SVGGraphics2D svg = new SVGGraphics2D(page.setup().widthPt(), page.setup().heightPt(), SVGUnits.PT);
        Graphics2D g = svg;
        if (textMode == TextMode.PATHS) {
            svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        } else {
            svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
            // The embedded subset first; a CJK-capable fallback chain for viewers that ignore embedded fonts.
            // JFreeSVG quotes attributes with single quotes, so family names take double quotes.
            svg.setFontFunction(family -> "\"" + SvgFontEmbedder.FAMILY + "\", \"Noto Sans CJK SC\", "
                    + "\"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif");
            g = new SvgTextGraphics(svg);
        }
        try {
            page.paint(g, detail);
        } finally {
            g.dispose();
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A viewBox in points: without it user units would be CSS pixels and the page would shrink to 3/4.
        ViewBox viewBox = new ViewBox(0, 0, page.setup().widthPt(), page.setup().heightPt());
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        String element = svg.getSVGElement(null, true, viewBox, null, null);
        writer.write(textMode == TextMode.TEXT ? SvgFontEmbedder.embed(element) : element);
        writer.write("\n");
        writer.flush();
    }
}
