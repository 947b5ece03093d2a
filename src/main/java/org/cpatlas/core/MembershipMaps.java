package org.cpatlas.core;

import java.util.function.DoubleConsumer;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.geo.LayerIndex;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.RegionLayerBuilder;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.MapLayers;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The map data of a county-to-region list: the bundled maps with their regions dissolved from the list's counties and
 * the county layer's region, basis and source set from the list (hit test, drawing, print and export all read these).
 * The bundled list gives the bundled maps themselves, untouched: exactly today's regions, no rebuild.
 */
public final class MembershipMaps {

    private MembershipMaps() {
    }

    /**
     * Builds the maps of {@code list} from {@code bundled} (the maps as loaded, with the bundled list); progress runs
     * from 0 to 1. Takes well under a second: run it off the JavaFX thread all the same.
     */
    public static MapData apply(MapData bundled, MembershipList list, DoubleConsumer progress) {
        if (list.isBundled()) {
            progress.accept(1);
            return bundled;
        }
        RegionLayerBuilder.Built built = new RegionLayerBuilder(bundled.regions(), bundled.counties(),
                new GeometryFactory()).build(list, p -> progress.accept(0.8 * p));
        DrawableLayer regions = new DrawableLayer(built.regions());
        // Regions of a list keep the outlines of the bundled ones where their counties are the same: their label sites
        // are recalled, and those of new outlines remembered, as for the bundled layer.
        regions.recallLabelSites(bundled.drawable().regions().labelSiteMemo());
        DrawableLayer counties = new DrawableLayer(built.counties());
        progress.accept(0.9);
        PlaceIdentifier identifier = new PlaceIdentifier(new LayerIndex(built.regions()),
                bundled.identifier().provinces(), new LayerIndex(built.counties()));
        // The South China Sea inset too: printed and exported maps of China under a list of the user's need it as
        // much as under the bundled one (it was left out, and with it the inset of every such map).
        MapLayers drawable = new MapLayers(bundled.drawable().countries(), bundled.drawable().provinces(), counties,
                regions, bundled.drawable().southChinaSea());
        progress.accept(1);
        return new MapData(MapSource.withMembership(bundled.source(), list), identifier, drawable);
    }
}
