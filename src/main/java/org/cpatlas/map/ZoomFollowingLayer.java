package org.cpatlas.map;

import com.gluonhq.maps.MapLayer;

/**
 * A map layer laid out again whenever the zoom changes. MapView lays its layers out when the centre of the map
 * moves, not when the zoom changes about a fixed centre (the zoom buttons, the keyboard): a layer left to it kept
 * the previous level's scale over the new basemap (the regions), or its scale (the scale bar, the status line).
 */
abstract class ZoomFollowingLayer extends MapLayer {

    /** Subclasses that override this call it first. */
    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
    }
}
