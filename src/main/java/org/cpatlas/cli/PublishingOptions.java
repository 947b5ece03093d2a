package org.cpatlas.cli;

import java.util.Locale;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.SvgPageWriter;
import picocli.CommandLine.Option;

/**
 * The export options that make a page fit for publication: a journal figure's width, the South China Sea islands
 * inset, archival PDF and whether SVG keeps its text. Parsed here, each mistake as one plain line.
 */
public final class PublishingOptions {

    @Option(names = "--figure", paramLabel = "single|double|MMmm|PXpx",
            description = "A journal figure instead of a paper page (map layout): single = one column, 84 mm wide;"
                    + " double = two columns, 174 mm; or a width such as 120mm, or 2000px at --dpi."
                    + " The height follows from the map.")
    String figure;

    @Option(names = "--no-inset", description = "Leave out the South China Sea islands inset of whole-country maps.")
    boolean noInset;

    @Option(names = "--pdfa", description = "Archival PDF (PDF/A-2b: fonts embedded, sRGB output intent, XMP metadata).")
    boolean pdfa;

    @Option(names = "--svg-text", paramLabel = "paths|text", defaultValue = "paths",
            description = "SVG text as glyph outlines, the same in every viewer (paths, default), or as editable text"
                    + " with the font embedded (text).")
    String svgText;

    /** The figure's width in millimetres, or 0 for a paper page. */
    double figureWidthMm(int dpi) {
        if (figure == null) {
            return 0;
        }
        String f = figure.trim().toLowerCase(Locale.ROOT);
        double mm;
        try {
            if (f.equals("single")) {
                mm = PageSetup.SINGLE_COLUMN_MM;
            } else if (f.equals("double")) {
                mm = PageSetup.DOUBLE_COLUMN_MM;
            } else if (f.endsWith("mm")) {
                mm = Double.parseDouble(f.substring(0, f.length() - 2).trim());
            } else if (f.endsWith("px")) {
                mm = Double.parseDouble(f.substring(0, f.length() - 2).trim()) / dpi * PageSetup.MM_PER_INCH;
            } else {
                throw new NumberFormatException(f);
            }
        } catch (NumberFormatException e) {
            throw new ExportCommand.UsageError("--figure must be single, double, a width in millimetres (e.g. 84mm)"
                    + " or in pixels at --dpi (e.g. 1000px), got '" + figure + "'");
        }
        if (!(mm >= PageSetup.MIN_FIGURE_MM && mm <= PageSetup.MAX_FIGURE_MM)) {
            throw new ExportCommand.UsageError(String.format(Locale.ROOT,
                    "--figure must be %.0f to %.0f mm wide, got %s (%.1f mm)", PageSetup.MIN_FIGURE_MM,
                    PageSetup.MAX_FIGURE_MM, figure, mm));
        }
        return mm;
    }

    SvgPageWriter.TextMode svgTextMode() {
        return switch (svgText.trim().toLowerCase(Locale.ROOT)) {
            case "paths" -> SvgPageWriter.TextMode.PATHS;
            case "text" -> SvgPageWriter.TextMode.TEXT;
            default -> throw new ExportCommand.UsageError("--svg-text must be paths or text, got '" + svgText + "'");
        };
    }
}
