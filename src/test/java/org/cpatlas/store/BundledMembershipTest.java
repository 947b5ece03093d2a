package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cpatlas.domain.CountyMembership;
import org.cpatlas.domain.MembershipDiff;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.RegionLayerBuilder;
import org.cpatlas.geo.ShapefileReader;
import org.junit.jupiter.api.Test;

/** The bundled county list is in the bundled database (schema 3) with the evidence of every row. */
class BundledMembershipTest {

    @Test
    void theDatabaseHoldsTheListTheMapWasBuiltFromWithEachRowsQuotedEvidence() {
        MembershipList stored;
        try (AtlasStore store = TestStores.inMemory()) {
            stored = store.repository().bundledMembership();
        }
        MembershipList drawn = RegionLayerBuilder.listOf(MapSource.directory(Path.of("maps"))
                .read("counties", new ShapefileReader()), MembershipList.BUNDLED);
        assertThat(stored.members()).hasSameSizeAs(drawn.members());
        assertThat(MembershipDiff.between(drawn, stored, java.util.List.of()).unchanged()).isTrue();
        CountyMembership yongdeng = stored.byCounty().get("620121").get(0);
        assertThat(yongdeng.regionCode()).isEqualTo("liupan");
        assertThat(yongdeng.row()).isEqualTo(2);
        assertThat(yongdeng.note()).contains("Gansu has 40 Liupan counties");
        assertThat(stored.members()).allSatisfy(m -> assertThat(m.source()).isNotBlank());
    }
}
