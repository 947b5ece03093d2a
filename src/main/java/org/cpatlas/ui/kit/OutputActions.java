package org.cpatlas.ui.kit;

import org.cpatlas.render.MapViewport;

/** What the window's Print and Export commands do with the map as currently shown. */
public interface OutputActions {

    void print(MapViewport shown);

    void export(MapViewport shown);

    /** Prints the sheet of the two regions compared (nothing without a comparison). */
    default void printComparison() {
    }

    /** Exports the sheet of the two regions compared as PDF, PNG or SVG (nothing without a comparison). */
    default void exportComparison() {
    }
}
