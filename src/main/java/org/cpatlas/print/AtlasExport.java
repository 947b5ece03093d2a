package org.cpatlas.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.WriteRules;

/**
 * The atlas as one PDF: one region sheet per page in the regions' order, with progress per page and cancellation
 * between pages. A cancelled or failed export leaves no file. The UI runs {@link #write} inside a JavaFX Task.
 */
public final class AtlasExport {

    public static final String TITLE = "Atlas of China's contiguous poor regions 中国集中连片特困地区";

    private final PrintStyle style;
    private final PageSetup setup;

    public AtlasExport(PrintStyle style, PageSetup setup) {
        this.style = Objects.requireNonNull(style, "style");
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    /**
     * The sheets' pages, ordered by the regions' sequence number, numbered "i / n": one page per sheet, two where a
     * sheet's sources continue on a second page.
     */
    public List<RegionSheetPage> pages(List<RegionSheet> sheets, MapContent content) {
        List<RegionSheet> ordered = new ArrayList<>(sheets);
        ordered.sort(Comparator.comparingInt(RegionSheet::seq));
        int[] parts = new int[ordered.size()];
        int total = 0;
        for (int i = 0; i < ordered.size(); i++) {
            parts[i] = RegionSheetPage.partsOf(ordered.get(i), content, setup, style);
            total += parts[i];
        }
        List<RegionSheetPage> pages = new ArrayList<>(total);
        for (int i = 0; i < ordered.size(); i++) {
            for (int k = 0; k < parts[i]; k++) {
                pages.add(new RegionSheetPage(ordered.get(i), content, setup, style, pages.size() + 1, total, k));
            }
        }
        return pages;
    }

    public void write(List<RegionSheet> sheets, MapContent content, Path target, ProgressListener progress,
            Cancellation cancellation) throws ExportException, ExportCancelledException {
        write(sheets, content, target, progress, cancellation, WriteRules.standard(), false);
    }

    /** As above, by the rules of what the PDF may replace. */
    public void write(List<RegionSheet> sheets, MapContent content, Path target, ProgressListener progress,
            Cancellation cancellation, WriteRules rules) throws ExportException, ExportCancelledException {
        write(sheets, content, target, progress, cancellation, rules, false);
    }

    /** As {@link #write(List, MapContent, Path, ProgressListener, Cancellation)}, archival (PDF/A-2b) if asked. */
    public void write(List<RegionSheet> sheets, MapContent content, Path target, ProgressListener progress,
            Cancellation cancellation, boolean archival) throws ExportException, ExportCancelledException {
        write(sheets, content, target, progress, cancellation, WriteRules.standard(), archival);
    }

    /** Writes the atlas PDF by the rules of what it may replace, archival (PDF/A-2b) if asked. */
    public void write(List<RegionSheet> sheets, MapContent content, Path target, ProgressListener progress,
            Cancellation cancellation, WriteRules rules, boolean archival)
            throws ExportException, ExportCancelledException {
        if (sheets.isEmpty()) {
            throw new ExportException("Nothing to export: no region sheets were loaded.");
        }
        // Check the path before rendering fourteen pages, so a typo fails at once.
        AtomicOutput.checkWritable(target, FileKind.PDF, rules);
        PdfPageWriter writer = new PdfPageWriter(style.fonts());
        if (archival) {
            writer = writer.archival(PdfMetadata.of(TITLE, content.sourceLine(),
                    content.date().atStartOfDay(java.time.ZoneId.systemDefault())));
        }
        writer.write(pages(sheets, content), target, TITLE, progress, cancellation, rules);
    }
}
