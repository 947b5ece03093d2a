package org.cpatlas.ui.map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.cpatlas.map.FxColors;
import org.cpatlas.render.ChoroplethScale;
import org.cpatlas.render.MapTheme;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.kit.SizeCachingVBox;

/**
 * The map legend: the choropleth classes with a hatched "not reported" class, and what the three outline
 * styles say about how well a boundary is known. Rebuilt when the classes, theme or language change.
 */
public final class LegendView extends SizeCachingVBox {

    private final ObjectProperty<ChoroplethScale> scale = new SimpleObjectProperty<>(this, "scale");
    private final ObjectProperty<MapTheme> theme = new SimpleObjectProperty<>(this, "theme", MapTheme.light());
    /** The indicator mapped instead of Table 1's rate, or null: its name, unit, year and source head the legend. */
    private final ObjectProperty<org.cpatlas.render.IndicatorMap> indicator = new SimpleObjectProperty<>(this,
            "indicator");
    private final I18n i18n;
    private boolean provinceShading;
    private boolean collapsed;
    /** The row explaining a selection's shaded provinces, made with the others and only shown or hidden after. */
    private HBox shadingRow;
    /** True while {@link #show} sets the indicator and its scale; then whether either changed. */
    private boolean batching;
    private boolean changedInBatch;
    /**
     * The fold button's tooltip, made once the window's first frame is painted (see {@link #installTooltips}): a
     * tooltip is a popup window of its own, and the legend's was the only one made before the first frame.
     */
    private final org.cpatlas.ui.kit.LaterTooltips tooltips = new org.cpatlas.ui.kit.LaterTooltips();

    public LegendView(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("map-legend");
        setSpacing(3);
        setPadding(new Insets(8, 10, 8, 10));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        scale.addListener(o -> changed());
        theme.addListener(o -> changed());
        indicator.addListener(o -> changed());
        i18n.localeProperty().addListener(o -> changed());
    }

    /**
     * Shows an indicator (null: Table 1's rate) and its classes, the legend built once. Set one after the other, each
     * rebuilt it: an indicator switch built and styled the whole legend twice, the first time with the old classes.
     */
    public void show(org.cpatlas.render.IndicatorMap shownIndicator, ChoroplethScale shownScale) {
        batching = true;
        try {
            indicator.set(shownIndicator);
            scale.set(shownScale);
        } finally {
            batching = false;
        }
        if (changedInBatch) {
            changedInBatch = false;
            rebuild();
        }
    }

    private void changed() {
        if (batching) {
            changedInBatch = true;
        } else {
            rebuild();
        }
    }

    public ObjectProperty<ChoroplethScale> scaleProperty() {
        return scale;
    }

    public ObjectProperty<MapTheme> themeProperty() {
        return theme;
    }

    public ObjectProperty<org.cpatlas.render.IndicatorMap> indicatorProperty() {
        return indicator;
    }

    /**
     * Shows or hides the legend row that explains the shaded provinces of a selection. Hidden, not removed: a click
     * from a region with shading to one without (a region with no rate reported) and back rebuilt the legend, and
     * styling its new nodes from scratch was the largest part of those clicks' styling pass.
     */
    public void showProvinceShading(boolean shown) {
        provinceShading = shown;
        if (shadingRow != null) {
            shadingRow.setVisible(shown && !collapsed);
            shadingRow.setManaged(shown && !collapsed);
        }
    }

    /** True while the row explaining shaded provinces is shown (for tests). */
    public boolean provinceShadingShown() {
        return shadingRow != null && shadingRow.isVisible();
    }

    private void rebuild() {
        getChildren().clear();
        shadingRow = null;
        ChoroplethScale s = scale.get();
        if (s == null) {
            return;
        }
        org.cpatlas.render.IndicatorMap shown = indicator.get();
        Label title = new Label(shown == null ? i18n.get("legend.title") : shown.title());
        title.getStyleClass().add("legend-title");
        title.setWrapText(true);
        title.setMaxWidth(220);
        javafx.scene.control.Button fold = new javafx.scene.control.Button(collapsed ? "▸" : "▾");
        fold.getStyleClass().addAll("flat", "legend-fold");
        fold.setFocusTraversable(false);
        tooltips.add(fold, new javafx.beans.property.SimpleStringProperty(
                i18n.get(collapsed ? "legend.expand" : "legend.collapse")));
        fold.setOnAction(e -> setCollapsed(!collapsed));
        HBox titleRow = new HBox(4, title, fold);
        titleRow.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        titleRow.getStyleClass().add("legend-title-row");
        getChildren().add(titleRow);
        if (shown != null && !shown.source().isEmpty()) {
            Label source = new Label(i18n.get("legend.source", shown.source()));
            source.setWrapText(true);
            source.setMaxWidth(220);
            source.getStyleClass().add("legend-note");
            getChildren().add(source);
        }
        for (ChoroplethScale.Entry entry : s.entries(i18n.get("legend.notReported"))) {
            Rectangle swatch = new Rectangle(18, 12, FxColors.of(entry.colour()));
            swatch.setStroke(FxColors.of(theme.get().regionOutline()));
            swatch.setStrokeWidth(0.6);
            HBox row = new HBox(6, swatch, new Label(entry.label()));
            if (entry.notReported()) {
                swatch.getStyleClass().add("legend-not-reported");
                row.getChildren().set(0, HatchSwatch.of(theme.get()));
            }
            getChildren().add(row);
        }
        Label outlines = new Label(i18n.get("legend.boundaries"));
        outlines.getStyleClass().add("legend-title");
        getChildren().add(outlines);
        getChildren().add(lineRow(new double[0], i18n.get("legend.sourced")));
        getChildren().add(lineRow(new double[] {7, 2.5}, i18n.get("legend.partial")));
        getChildren().add(lineRow(new double[] {2.5, 2}, i18n.get("legend.approximate")));
        Rectangle light = new Rectangle(9, 12, FxColors.of(org.cpatlas.render.MapPainter.gapShade(0)));
        Rectangle dark = new Rectangle(9, 12, FxColors.of(org.cpatlas.render.MapPainter.gapShade(1)));
        Label text = new Label(i18n.get("legend.provinceGap"));
        text.setWrapText(true);
        text.setMaxWidth(190);
        shadingRow = new HBox(6, new HBox(light, dark), text);
        getChildren().add(shadingRow);
        // Table 1's gap shading is not drawn under another indicator.
        showProvinceShading(provinceShading && shown == null);
        Label note = new Label(i18n.get("legend.approximateNote"));
        note.setWrapText(true);
        note.setMaxWidth(220);
        note.getStyleClass().add("legend-note");
        getChildren().add(note);
        applyCollapsed();
    }

    /**
     * Folds the legend to its title (or unfolds it), for the session: on a small screen the legend covers a corner
     * of the map the user may want to see.
     */
    public void setCollapsed(boolean fold) {
        if (fold != collapsed) {
            collapsed = fold;
            rebuild();
        }
    }

    /** Gives the fold button its tooltip, now and at every rebuild from now on; its accessible help is set at once. */
    public void installTooltips() {
        tooltips.install();
    }

    public boolean isCollapsed() {
        return collapsed;
    }

    private void applyCollapsed() {
        for (int i = 1; i < getChildren().size(); i++) {
            javafx.scene.Node row = getChildren().get(i);
            boolean shown = !collapsed && (row != shadingRow || provinceShading);
            row.setVisible(shown);
            row.setManaged(shown);
        }
    }

    private HBox lineRow(double[] dashes, String text) {
        Line line = new Line(0, 6, 18, 6);
        line.setStroke(FxColors.of(theme.get().regionOutline()));
        line.setStrokeWidth(1.6);
        for (double d : dashes) {
            line.getStrokeDashArray().add(d * 96 / 72);
        }
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(190);
        HBox row = new HBox(6, line, label);
        row.setFillHeight(false);
        row.getStyleClass().add("legend-row");
        return row;
    }
}
