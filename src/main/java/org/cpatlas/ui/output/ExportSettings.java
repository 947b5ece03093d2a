package org.cpatlas.ui.output;

import org.cpatlas.print.Dpi;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.Paper;

/**
 * What the user chose in the export dialog.
 *
 * @param what        the map as shown, the selected region's sheet, or the atlas of all regions
 * @param format      file format (the atlas is always PDF)
 * @param paper       paper size
 * @param orientation portrait or landscape
 * @param dpi         resolution of PNG output (and of raster detail elsewhere)
 */
public record ExportSettings(What what, Format format, Paper paper, Orientation orientation, Dpi dpi) {

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
