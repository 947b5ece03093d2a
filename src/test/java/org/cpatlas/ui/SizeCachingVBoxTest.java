package org.cpatlas.ui;

import org.cpatlas.ui.kit.SizeCachingVBox;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Sizes asked for a given width are measured once, until something inside asks for a layout. */
class SizeCachingVBoxTest {

    /** A child whose height depends on its width (as wrapped text), counting how often it is measured. */
    private static final class Wrapped extends Region {
        int measured;
        double lines = 2;

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computePrefHeight(double width) {
            measured++;
            return lines * 1000 / Math.max(1, width);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void measuredOncePerWidthUntilAChildChanges() {
        Wrapped child = new Wrapped();
        SizeCachingVBox box = new SizeCachingVBox();
        box.getChildren().add(child);

        double first = box.prefHeight(100);
        int measured = child.measured;
        assertThat(box.prefHeight(100)).isEqualTo(first);
        assertThat(child.measured).as("the second query for the same width").isEqualTo(measured);
        assertThat(box.prefHeight(50)).as("another width is measured").isEqualTo(2 * first);

        child.lines = 4;
        child.requestLayout();
        assertThat(box.prefHeight(100)).as("measured again after the child changed").isEqualTo(2 * first);
    }

    @Test
    void aPlainVBoxMeasuresEveryTime() {
        Wrapped child = new Wrapped();
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(child);
        box.prefHeight(100);
        int measured = child.measured;
        box.prefHeight(100);
        assertThat(child.measured).as("why the cache is there").isGreaterThan(measured);
    }
}
