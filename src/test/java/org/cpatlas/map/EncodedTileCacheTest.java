package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncodedTileCacheTest {

    @Test
    void keepsTheMostRecentlyUsedTilesWithinTheBudget() {
        EncodedTileCache cache = new EncodedTileCache(300);
        cache.put(1, new byte[100]);
        cache.put(2, new byte[100]);
        cache.put(3, new byte[100]);
        cache.get(1); // now 2 is the least recently used
        cache.put(4, new byte[100]);

        assertThat(cache.get(2)).isNull();
        assertThat(cache.get(1)).isNotNull();
        assertThat(cache.get(4)).isNotNull();
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.bytes()).isEqualTo(300);
    }

    @Test
    void aTileLargerThanTheBudgetIsKeptAloneAndAReplacedTileIsCountedOnce() {
        EncodedTileCache cache = new EncodedTileCache(300);
        cache.put(1, new byte[100]);
        cache.put(1, new byte[50]);
        assertThat(cache.bytes()).isEqualTo(50);

        cache.put(2, new byte[1000]);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(2)).hasSize(1000);
    }
}
