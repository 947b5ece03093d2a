package org.cpatlas.map;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used tiles as {@link RunLengthTile} runs (5-30 KB each), up to a byte budget. Decoded, a tile is
 * 256 KB plus as much again for its texture once shown, so only the tiles on screen are kept decoded; a tile that
 * comes back into view is expanded again from here, which also spares the disk cache a read. Thread-safe.
 */
final class EncodedTileCache {

    private final long budgetBytes;
    private final LinkedHashMap<Long, byte[]> tiles = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    EncodedTileCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    synchronized byte[] get(long key) {
        return tiles.get(key);
    }

    synchronized void put(long key, byte[] encoded) {
        byte[] old = tiles.put(key, encoded);
        bytes += encoded.length - (old == null ? 0 : old.length);
        // Least recently used first; the tile just added stays even if it alone exceeds the budget.
        Iterator<Map.Entry<Long, byte[]>> it = tiles.entrySet().iterator();
        while (bytes > budgetBytes && it.hasNext()) {
            Map.Entry<Long, byte[]> eldest = it.next();
            if (eldest.getKey() == key) {
                break;
            }
            bytes -= eldest.getValue().length;
            it.remove();
        }
    }

    synchronized int size() {
        return tiles.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}
