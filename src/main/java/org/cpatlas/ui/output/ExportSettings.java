package org.cpatlas.ui.output;

import org.cpatlas.print.Dpi;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.Paper;

/**
 * What the user chose in the export dialog.
 *
 * @param what               the map as shown, the selected region's sheet, or the atlas of all regions
 * @param format             file format (the atlas is always PDF)
 * @param paper              paper size
 * @param orientation        portrait or landscape
 * @param dpi                resolution of PNG output (and of raster detail elsewhere)
 * @param figureWidthMm      the map as a journal figure this wide (e.g. 84 or 174 mm), or 0 for a paper page
 * @param southChinaSeaInset the South China Sea islands inset on whole-country maps
 * @param archivalPdf        PDF/A-2b instead of a plain PDF
 * @param svgKeepText        SVG text as editable text with the font embedded, instead of outlines
 */
public record ExportSettings(What what, Format format, Paper paper, Orientation orientation, Dpi dpi,
        double figureWidthMm, boolean southChinaSeaInset, boolean archivalPdf, boolean svgKeepText) {

    /** A paper page with the inset on, a plain PDF and SVG text as outlines: the defaults. */
    public ExportSettings(What what, Format format, Paper paper, Orientation orientation, Dpi dpi) {
        this(what, format, paper, orientation, dpi, 0, true, false, false);
    }

    /** True when the map is exported as a journal figure rather than on paper. */
    public boolean isFigure() {
        return figureWidthMm > 0 && what == What.MAP_AS_SHOWN;
    }

    /** What to export. */
    public enum What { MAP_AS_SHOWN, REGION_SHEET, ATLAS, COMPARISON_SHEET }

    /** Output file format with its extension. */
    public enum Format {
        PNG("png"), PDF("pdf"), SVG("svg");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }
}
