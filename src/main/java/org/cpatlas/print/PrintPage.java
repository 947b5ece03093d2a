package org.cpatlas.print;

import java.awt.Graphics2D;

/**
 * One printable page. Every writer (PNG, PDF, SVG, printer) calls the same {@link #paint}, so all outputs agree.
 */
public interface PrintPage {

    PageSetup setup();

    /**
     * Draws the page. On entry the user space of {@code g} is in points (1/72 inch) with the origin at the page's
     * top-left corner. {@code detail} is the device resolution: the map is projected and simplified for it, so a
     * 600 DPI page gets finer coastlines than a 96 DPI preview.
     */
    void paint(Graphics2D g, Dpi detail);
}
