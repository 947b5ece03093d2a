package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class LayerIndexTest {

    private final LayerIndex provinces = new LayerIndex(GeoFixtures.provinces());
    private final LayerIndex regions = new LayerIndex(GeoFixtures.regions());

    private static List<String> codes(List<Feature> features) {
        return features.stream().map(f -> f.text("code")).toList();
    }

    @Test
    void pointInsideOneFeatureFindsThatFeature() {
        assertThat(codes(provinces.at(105, 30))).containsExactly("42");
        assertThat(codes(provinces.at(115, 30))).containsExactly("43");
    }

    @Test
    void pointOutsideEveryFeatureFindsNothing() {
        assertThat(provinces.at(125, 30)).isEmpty();
        assertThat(provinces.first(105, 45)).isEmpty();
    }

    @Test
    void pointInAHoleIsNotInTheFeature() {
        assertThat(regions.at(109, 29)).isEmpty();
        assertThat(codes(regions.at(107, 29))).containsExactly("wuling");
    }

    @Test
    void pointInTheSecondPartOfAMultiPolygonFindsIt() {
        assertThat(codes(regions.at(91.5, 28.5))).containsExactly("tibet");
        assertThat(regions.at(90.5, 28.5)).isEmpty();
    }

    @Test
    void pointOnASharedBorderBelongsToBothInLayerOrder() {
        assertThat(codes(provinces.at(110, 30))).containsExactly("42", "43");
        assertThat(provinces.first(110, 30).orElseThrow().text("code")).isEqualTo("42");
    }

    @Test
    void envelopeQueryReturnsCandidatesInLayerOrder() {
        assertThat(codes(provinces.inEnvelope(new Envelope(109, 111, 0, 50)))).containsExactly("42", "43");
        assertThat(codes(provinces.inEnvelope(new Envelope(111, 112, 0, 50)))).containsExactly("43");
    }

    @Test
    void warmUpDoesNotChangeAnswers() {
        assertThat(codes(regions.warmUp().at(107, 29))).containsExactly("wuling");
        assertThat(regions.at(109, 29)).isEmpty();
    }

    @Test
    void emptyGeometriesAreNeverHit() {
        FeatureLayer layer = GeoFixtures.layer("x", List.of("code"),
                List.of(GeoFixtures.feature(GeoFixtures.GF.createPolygon(), "code", "empty"),
                        GeoFixtures.feature(GeoFixtures.square(0, 0, 1, 1), "code", "unit")));

        assertThat(codes(new LayerIndex(layer).at(0.5, 0.5))).containsExactly("unit");
    }

    @Test
    void featureWhosePartsTouchAtThePointIsFoundOnce() {
        FeatureLayer layer = GeoFixtures.layer("x", List.of("code"), List.of(GeoFixtures.feature(
                GeoFixtures.GF.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                    GeoFixtures.square(0, 0, 1, 1), GeoFixtures.square(1, 0, 2, 1)}), "code", "twin"),
                GeoFixtures.feature(GeoFixtures.square(0, 0, 2, 1), "code", "twin")));

        assertThat(codes(new LayerIndex(layer).at(1, 0.5))).containsExactly("twin", "twin");
    }
}
