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

    /** One page per sheet, ordered by the regions' sequence number, numbered "i / n". */
    public List<RegionSheetPage> pages(List<RegionSheet> sheets, MapContent content) {
        List<RegionSheet> ordered = new ArrayList<>(sheets);
        ordered.sort(Comparator.comparingInt(RegionSheet::seq));
        List<RegionSheetPage> pages = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            pages.add(new RegionSheetPage(ordered.get(i), content, setup, style, i + 1, ordered.size()));
        }
        return pages;
    }

    public void write(List<RegionSheet> sheets, MapContent content, Path target, ProgressListener progress,
            Cancellation cancellation) throws ExportException, ExportCancelledException {
        write(sheets, content, target, progress, cancellation, WriteRules.standard());
    }

    /** As above, by the rules of what the PDF may replace. */
    public void write(List<RegionSheet> sheets, MapContent content, Path target, ProgressListener progress,
            Cancellation cancellation, WriteRules rules) throws ExportException, ExportCancelledException {
        if (sheets.isEmpty()) {
            throw new ExportException("Nothing to export: no region sheets were loaded.");
        }
        // Check the path before rendering fourteen pages, so a typo fails at once.
        AtomicOutput.checkWritable(target, FileKind.PDF, rules);
        new PdfPageWriter(style.fonts()).write(pages(sheets, content), target, TITLE, progress, cancellation, rules);
    }
}
