package org.cpatlas.ui.membership;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.cpatlas.core.MapData;
import org.cpatlas.core.MembershipMaps;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.geo.RegionLayerBuilder;
import org.cpatlas.store.AtlasRepository;
import org.cpatlas.store.MembershipRepository;

/**
 * Builds the maps of a county list for the window (off the JavaFX thread) and keeps the last few built, so that
 * switching back and forth between lists redraws at once; the bundled list is the bundled maps themselves.
 */
public final class MembershipSwitcher {

    /** Lists whose maps are kept built (each holds its own region and county layers, a few MB). */
    private static final int KEPT = 3;

    /** The maps of a list and the list with each row's evidence, as the panels show it. */
    public record InForce(MapData maps, MembershipList evidence) {
    }

    private final MapData bundled;
    private final AtlasRepository atlas;
    private final MembershipRepository lists;
    private final Map<String, MapData> built = new LinkedHashMap<>(KEPT + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MapData> eldest) {
            return size() > KEPT;
        }
    };

    /** The rows with their evidence of the lists whose maps are kept (read from the databases once). */
    private final Map<String, MembershipList> evidenceKept = new LinkedHashMap<>(KEPT + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MembershipList> eldest) {
            return size() > KEPT + 1;
        }
    };

    public MembershipSwitcher(MapData bundled, AtlasRepository atlas, MembershipRepository lists) {
        this.bundled = bundled;
        this.atlas = atlas;
        this.lists = lists;
    }

    /** The maps as loaded, with the bundled list. */
    public MapData bundledMaps() {
        return bundled;
    }

    /** The lists' store. */
    public MembershipRepository lists() {
        return lists;
    }

    /** Keeps maps already built for a list (the one the window opened with), so switching back is at once. */
    public synchronized void remember(String name, MapData maps) {
        if (!MembershipList.BUNDLED.equals(name)) {
            built.put(name, maps);
        }
    }

    /**
     * The maps and evidence of a list; progress from 0 to 1 while the regions are dissolved.
     *
     * @throws IllegalArgumentException naming the lists there are, for an unknown name
     */
    public InForce build(String name, DoubleConsumer progress) {
        MembershipList evidence;
        synchronized (this) {
            evidence = evidenceKept.get(name);
        }
        if (evidence == null) {
            evidence = evidence(name);
        }
        MapData maps;
        synchronized (this) {
            maps = built.get(name);
        }
        if (maps == null) {
            maps = MembershipMaps.apply(bundled, evidence, progress);
            remember(name, maps);
        }
        synchronized (this) {
            evidenceKept.put(name, evidence);
        }
        progress.accept(1);
        return new InForce(maps, evidence);
    }

    /** Forgets what was kept of a list (it was removed). */
    public synchronized void forget(String name) {
        built.remove(name);
        evidenceKept.remove(name);
    }

    /** A list with each row's evidence: the bundled one from the bundled database, an imported one as stored. */
    public MembershipList evidence(String name) {
        if (MembershipList.BUNDLED.equalsIgnoreCase(name)) {
            MembershipList stored = atlas.bundledMembership();
            return stored.members().isEmpty() ? RegionLayerBuilder.listOf(bundled.counties(), MembershipList.BUNDLED)
                    : stored;
        }
        return lists.list(name).orElseThrow(() -> new IllegalArgumentException("there is no list named '" + name
                + "'"));
    }
}
