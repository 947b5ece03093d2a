/**
 * Pages and the files made of them: the map page, region sheets, the comparison sheet and the atlas, laid out in
 * points and written as PNG, PDF (plain or PDF/A-2b), SVG or an image for a printer; and the user's table files.
 * The window ({@code ui.output}, {@code ui.print}) and the command line ({@code export}, {@code atlas}) print and
 * export through the same classes, so a page looks the same from either.
 *
 * <h2>Pages</h2>
 * A {@link org.cpatlas.print.PrintPage} has a {@link org.cpatlas.print.PageSetup} (paper, orientation, margin, or a
 * journal figure of a given width) and one {@link org.cpatlas.print.PrintPage#paint} that every writer calls, so PNG,
 * PDF, SVG and paper agree: {@link org.cpatlas.print.MapPage} (the map as the window shows it, the whole country or a
 * region, from a {@link org.cpatlas.print.MapSheet}), {@link org.cpatlas.print.RegionSheetPage} (a region's map,
 * province table, gap chart and every source, continued on a second page rather than cut) and
 * {@link org.cpatlas.print.ComparisonSheetPage}. Each part is measured at the width it gets before anything is placed
 * ({@link org.cpatlas.print.MapPageLayout}, {@code SheetLayout}, {@code LegendLayout}, {@code PageText}), so nothing
 * overlaps and all lies inside the printable area whatever the paper, orientation or resolution; the boxes placed
 * ({@link org.cpatlas.print.PageBox}) are what tests check. The map itself is drawn by {@code render}'s
 * {@code MapPainter} in a {@code MapFrame}, at the output's resolution ({@link org.cpatlas.print.Dpi}), so a 600 DPI
 * page gets finer coastlines than a preview; legend, scale bar, gap chart and tables are painters of their own
 * here. Figures are written as the source printed them ({@code Numbers}), "not reported" never 0, a conflict with
 * both gaps; every page carries the credit line ({@link org.cpatlas.print.Credits},
 * {@link org.cpatlas.print.IndicatorPages} for an indicator's own source).
 *
 * <h2>What pages are made from</h2>
 * {@link org.cpatlas.print.StoreSheets} is the one adapter from the store's figures (its repository) and the map
 * layers to what pages draw ({@link org.cpatlas.print.RegionSheet}, {@link org.cpatlas.print.ComparisonSheet},
 * {@link org.cpatlas.print.MapContent}), passing values through as printed and numbering their sources; pages
 * themselves never query anything. {@link org.cpatlas.print.IndicatorSheets} turns those sheets into sheets on another
 * indicator, comparing as the window's indicator section does ({@code imports.CountyComparison}): computed values
 * flagged computed and saying how, no printed gaps where nobody printed any ({@link org.cpatlas.print.SheetWords}).
 *
 * <h2>Writers</h2>
 * <ul>
 *   <li>{@link org.cpatlas.print.PngPageWriter}: the page rendered in horizontal bands and streamed to a PNG encoder
 *       that records the DPI, so a 600 DPI A3 page (278 MB as one image) is written in bounded memory, each band at
 *       most an eighth of the JVM's heap cap: the window runs in 192 MB and keeps room for an export beside its
 *       map.</li>
 *   <li>{@link org.cpatlas.print.PdfPageWriter}: vector paths and real text in the embedded CJK font
 *       ({@code PdfFonts}), label halos as stroked text ({@code HaloTextDrawer}), content streams made compact
 *       ({@code ContentStreamCompactor}); archival PDF/A-2b adds the output intent and XMP metadata
 *       ({@code PdfArchive}, {@link org.cpatlas.print.PdfMetadata}). Several pages make one document: the atlas
 *       ({@link org.cpatlas.print.AtlasExport}).</li>
 *   <li>{@link org.cpatlas.print.SvgPageWriter} (JFreeSVG): text as outlines by default, or editable text with
 *       subsets of the bundled font embedded ({@code SvgTextGraphics}, {@code SvgFontEmbedder}).</li>
 *   <li>{@link org.cpatlas.print.PrinterPageRenderer}: the page as an image at the printer's resolution, which the
 *       window hands to a JavaFX printer job ({@code ui.print}); a snapshot of the screen prints maps blurry.</li>
 *   <li>{@link org.cpatlas.print.TableFiles}: the tables' CSV and XLSX ({@code tables}) written as exports are.</li>
 * </ul>
 * Every file goes through {@link org.cpatlas.print.AtomicOutput}, the exports' side of {@code files.OutputFile}: the
 * target checked before minutes of rendering, the file whole or absent, nothing but a regular file of the same kind
 * replaced, the files in use kept. Failures are an {@link org.cpatlas.print.ExportException} whose message is one
 * sentence shown as is; a cancel ({@link org.cpatlas.print.Cancellation}, asked between the pages of a PDF) is an
 * {@link org.cpatlas.print.ExportCancelledException} and leaves no file. Writers run on the caller's thread and
 * report through a {@link org.cpatlas.print.ProgressListener}: the window runs them in a JavaFX {@code Task} off the
 * JavaFX thread, the command line in its own.
 *
 * <h2>What it may use</h2>
 * Part of the core: {@code render} (painter, layers, styling, fonts), {@code tables} (table cells and writers),
 * {@code domain}, {@code geo}, {@code files}, {@code imports}' county comparison and gazetteer (in
 * {@code IndicatorSheets}), the store's repository in {@link org.cpatlas.print.StoreSheets} only,
 * PDFBox with pdfbox-graphics2d and xmpbox, JFreeSVG. Never JavaFX, even for printing (the window's printer job is
 * {@code ui.print}'s), and nothing of {@code ui}, {@code map}, {@code cli} or {@code app} ({@code LayeringTest}), so
 * that the command line writes the same pages without a toolkit. No SQL ({@code ArchitectureTest}): what the store
 * holds comes through its repository.
 */
package org.cpatlas.print;
