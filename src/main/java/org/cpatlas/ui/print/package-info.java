/**
 * Printing on paper through JavaFX's printer job: {@link org.cpatlas.ui.print.FxPagePrinter} prepares the job on the
 * JavaFX thread (default printer, page setup and print dialogs; A4, A3 or Letter picked there becomes the page's
 * paper), then, off it in a {@code Task}, has {@code print.PrinterPageRenderer} draw the page at the printer's
 * resolution and sends that picture. The page is the same {@code print.PrintPage} as the PDF, never a snapshot of the
 * screen, which prints maps blurry at screen resolution. {@link org.cpatlas.ui.print.PrintOutcome} is what came of
 * it, in the one sentence the window shows; no printer at all (no print system, as on Linux without CUPS) is an
 * outcome that offers a PDF instead, not an error.
 *
 * <p>Kept apart from {@code print} because the printer job is JavaFX, which the core never imports. May use
 * {@code print} and JavaFX (printing, the image of the page); nothing else of the atlas, so that it holds no layout
 * and no figure of its own.
 */
package org.cpatlas.ui.print;
