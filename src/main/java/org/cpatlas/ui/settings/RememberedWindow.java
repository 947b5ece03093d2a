package org.cpatlas.ui.settings;

import javafx.beans.property.DoubleProperty;
import org.cpatlas.ui.map.AtlasMapPane;

/**
 * What of the atlas window its remembered settings put back and take: theme, side panel width and the map's view.
 * The window implements it; the settings need nothing else of it (and so do not import the package that composes
 * the window from this one and its siblings).
 */
public interface RememberedWindow {

    /** True when the dark theme is shown. */
    boolean darkTheme();

    /** Shows the dark theme, or the light one. */
    void setDarkTheme(boolean dark);

    /** The side panel's width, in pixels. */
    DoubleProperty panelWidthProperty();

    /** The side panel's width at a first start. */
    double defaultPanelWidth();

    /** The map, whose view is remembered. */
    AtlasMapPane mapPane();
}
