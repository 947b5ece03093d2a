package org.cpatlas.ui.map;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polyline;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.ScaleBar;

/** A scale bar under the map that follows zoom and latitude (web Mercator's scale changes with latitude). */
public final class ScaleBarView extends VBox {

    private static final double MAX_LENGTH_PX = 140;

    private final Polyline bar = new Polyline();
    private final Label label = new Label();

    public ScaleBarView() {
        getStyleClass().add("map-scale-bar");
        setSpacing(1);
        bar.setStrokeWidth(2);
        bar.getStyleClass().add("scale-bar-line");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().addAll(label, bar);
    }

    /** Updates the bar for what the map shows now. */
    public void update(MapViewport viewport) {
        ScaleBar scaleBar = ScaleBar.fitting(viewport.metresPerPixel(), MAX_LENGTH_PX);
        double len = scaleBar.lengthPx();
        bar.getPoints().setAll(0.0, 0.0, 0.0, 6.0, len, 6.0, len, 0.0);
        label.setText(scaleBar.label());
    }

    /** The bar's length in pixels now (for tests). */
    public double lengthPx() {
        return bar.getPoints().isEmpty() ? 0 : bar.getPoints().get(4);
    }

    public String labelText() {
        return label.getText();
    }
}
