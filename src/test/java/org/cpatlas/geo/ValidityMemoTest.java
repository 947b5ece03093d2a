package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpatlas.geo.GeoFixtures.CHINESE_FIELDS;
import static org.cpatlas.geo.GeoFixtures.GF;
import static org.cpatlas.geo.GeoFixtures.chineseFeatures;
import static org.cpatlas.geo.GeoFixtures.feature;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class ValidityMemoTest {

    /** Records what the reader asks and tells. */
    private static final class Recording implements ValidityMemo {
        final Set<String> valid = new HashSet<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean isKnownValid(String digest) {
            asked.add(digest);
            return valid.contains(digest);
        }

        @Override
        public void rememberValid(String digest) {
            valid.add(digest);
        }
    }

    private static ShapefileReader reader(ValidityMemo memo) {
        return new ShapefileReader(ShapefileReader.Options.defaults().withValidityMemo(memo));
    }

    @Test
    void aValidLayerIsRememberedAndReadTheSameWayAgain() {
        ShapefileParts parts = new ShapefileWriter().encode("regions", CHINESE_FIELDS, chineseFeatures());
        Recording memo = new Recording();

        FeatureLayer first = reader(memo).read(parts);
        assertThat(memo.valid).hasSize(1);
        FeatureLayer second = reader(memo).read(parts);

        assertThat(memo.asked).hasSize(2).containsOnly(memo.valid.iterator().next());
        assertThat(second.size()).isEqualTo(first.size());
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.features().get(i).geometry().equalsExact(first.features().get(i).geometry())).isTrue();
        }
    }

    @Test
    void anInvalidLayerIsStillRejectedAndNeverRemembered() {
        Polygon bowTie = GF.createPolygon(new Coordinate[] {new Coordinate(100, 30), new Coordinate(102, 32),
            new Coordinate(102, 30), new Coordinate(100, 32), new Coordinate(100, 30)});
        ShapefileParts parts = new ShapefileWriter().encode("counties", List.of("code"),
                List.of(feature(GeoFixtures.square(90, 20, 91, 21), "code", "ok"), feature(bowTie, "code", "422801")));
        Recording memo = new Recording();

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> reader(memo).read(parts)).isInstanceOf(ShapefileException.class)
                    .hasMessageContaining("Self-intersection at (101.0, 31.0)");
        }
        assertThat(memo.valid).isEmpty();
    }

    @Test
    void differentGeometryHasADifferentDigest() {
        ShapefileParts a = new ShapefileWriter().encode("regions", CHINESE_FIELDS, chineseFeatures());
        ShapefileParts b = new ShapefileWriter().encode("counties", List.of("code"),
                List.of(feature(GeoFixtures.square(90, 20, 91, 21), "code", "ok")));
        assertThat(ShapefileReader.geometryDigest(a)).isNotEqualTo(ShapefileReader.geometryDigest(b))
                .isEqualTo(ShapefileReader.geometryDigest(new ShapefileWriter().encode("regions", CHINESE_FIELDS,
                        chineseFeatures())));
    }
}
