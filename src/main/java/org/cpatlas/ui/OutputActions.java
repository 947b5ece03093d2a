package org.cpatlas.ui;

import org.cpatlas.render.MapViewport;

/** What the window's Print and Export commands do with the map as currently shown. */
public interface OutputActions {

    void print(MapViewport shown);

    void export(MapViewport shown);
}
