package org.cpatlas.print;

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
 * Writes a page as SVG in points: vector paths, and text as {@code <text>} elements (editable in Inkscape or
 * Illustrator) in the bundled Noto Sans SC, embedded as subsets of the characters used ({@link SvgFontEmbedder}).
 */
public final class SvgPageWriter {

    private final Dpi detail;

    public SvgPageWriter(Dpi detail) {
        this.detail = detail;
    }

    public SvgPageWriter() {
        this(Dpi.VECTOR_DETAIL);
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
        SVGGraphics2D g = new SVGGraphics2D(page.setup().widthPt(), page.setup().heightPt(), SVGUnits.PT);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        // The embedded subset first; a CJK-capable fallback chain for viewers that ignore embedded fonts.
        // JFreeSVG quotes attributes with single quotes, so family names take double quotes.
        g.setFontFunction(family -> "\"" + family + "\", \"Noto Sans SC\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", "
                + "\"Microsoft YaHei\", \"PingFang SC\", sans-serif");
        try {
            page.paint(g, detail);
        } finally {
            g.dispose();
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A viewBox in points: without it user units would be CSS pixels and the page would shrink to 3/4.
        ViewBox viewBox = new ViewBox(0, 0, page.setup().widthPt(), page.setup().heightPt());
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writer.write(SvgFontEmbedder.embed(g.getSVGElement(null, true, viewBox, null, null)));
        writer.write("\n");
        writer.flush();
    }
}
