package org.cpatlas.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.domain.CountyMembership;
import org.cpatlas.domain.MembershipBasis;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.RegionLayerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The maps of a user's county list: everything of the bundled maps but the regions and the counties' regions. */
class MembershipMapsTest {

    private static MapData bundled;
    private static MembershipList moved;

    @BeforeAll
    static void load() {
        bundled = MapData.load(MapSource.directory(Path.of("maps")), LoadProgress.NONE);
        // 永登县 (620121) is in Liupan in the bundled list; this list puts it in Qinba instead.
        List<CountyMembership> rows = new ArrayList<>();
        for (CountyMembership row : RegionLayerBuilder.listOf(bundled.counties(), MembershipList.BUNDLED).members()) {
            rows.add(row.countyCode().equals("620121")
                    ? new CountyMembership("620121", "qinba", MembershipBasis.EXPLICIT, "a user's list", "", 7) : row);
        }
        moved = new MembershipList("mine", rows);
    }

    @Test
    void printedMapsUnderAUsersListKeepTheSouthChinaSeaInset() {
        MapData mine = MembershipMaps.apply(bundled, moved, p -> { });
        assertThat(bundled.drawable().southChinaSea()).isNotNull();
        assertThat(mine.drawable().southChinaSea()).isSameAs(bundled.drawable().southChinaSea());
        assertThat(mine.drawable().countries()).isSameAs(bundled.drawable().countries());
        assertThat(mine.drawable().provinces()).isSameAs(bundled.drawable().provinces());
    }

    @Test
    void regionsAUsersListLeavesAsTheyWereRecallTheirLabelSites(@TempDir Path cache) {
        LabelSiteMemoFile memo = new LabelSiteMemoFile(cache.resolve("label-sites.bin"), write -> { });
        MapData fresh = MapData.load(MapSource.directory(Path.of("maps")), LoadProgress.NONE);
        fresh.drawable().recallLabelSites(memo);
        for (int i = 0; i < fresh.drawable().regions().size(); i++) {
            fresh.drawable().regions().labelSites(i);
        }
        MapData mine = MembershipMaps.apply(fresh, moved, p -> { });
        // Liupan and Qinba changed; the rebuilt outlines of the other 12 are not byte-identical to the bundled ones
        // (dissolved from counties), so at most those 12 can be recalled, and the two changed ones never are.
        assertThat(mine.drawable().regions().labelSiteMemo()).isSameAs(memo);
        int rememberedBefore = memo.size();
        for (int i = 0; i < mine.drawable().regions().size(); i++) {
            mine.drawable().regions().labelSites(i);
        }
        assertThat(memo.size()).as("the new outlines' sites are remembered").isGreaterThanOrEqualTo(rememberedBefore + 2);
    }
}
