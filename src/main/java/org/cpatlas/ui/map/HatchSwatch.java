package org.cpatlas.ui.map;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.cpatlas.map.FxColors;
import org.cpatlas.render.MapTheme;

/** The legend swatch of "not reported": the grey with diagonal hatching that the map uses. */
final class HatchSwatch {

    private HatchSwatch() {
    }

    static Node of(MapTheme theme) {
        Rectangle box = new Rectangle(18, 12, FxColors.of(theme.notReported()));
        box.setStroke(FxColors.of(theme.regionOutline()));
        box.setStrokeWidth(0.6);
        Group group = new Group(box);
        for (int d = -12; d < 18; d += 4) {
            Line line = new Line(Math.max(0, d), Math.min(12, 12 - (Math.max(0, d) - d)),
                    Math.min(18, d + 12), Math.max(0, d + 12 - Math.min(18, d + 12)));
            line.setStroke(FxColors.of(theme.regionOutline().withAlpha(0.5)));
            line.setStrokeWidth(0.6);
            group.getChildren().add(line);
        }
        return group;
    }
}
