package org.cpatlas.map;

import javafx.scene.paint.Color;
import org.cpatlas.render.Rgb;

/** Converts the shared palette into JavaFX colours. */
public final class FxColors {

    private FxColors() {
    }

    public static Color of(Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue(), rgb.alpha());
    }
}
