package org.cpatlas.ui.panel;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.cpatlas.domain.Aggregation;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.kit.SizeCachingVBox;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
import org.cpatlas.ui.viewmodel.IndicatorComparison;
import org.cpatlas.ui.viewmodel.IndicatorViewModel;
import org.cpatlas.ui.viewmodel.ProvinceRow;

/**
 * The side panel's part about the indicator on the map: the selected region's value (computed from its counties,
 * saying how and from how many, or as the user's table gives it), each of its provinces' values and the difference
 * to the region, as a table and a chart, and for a county indicator the whole country computed the same way from every
 * mainland county (a row 'China (all counties)' and its bar). Hidden while Table 1's own map is shown.
 */
public final class IndicatorSection extends SizeCachingVBox {

    private final IndicatorViewModel indicators;
    private final AtlasViewModel atlas;
    private final I18n i18n;
    private final Label heading = new Label();
    private final Label region = new Label();
    private final Label regionNote = new Label();
    private final HBox method = new HBox(6);
    private final ChoiceBox<Aggregation> aggregation = new ChoiceBox<>();
    private final ComboBox<IndicatorInfo> weight = new ComboBox<>();
    private final GridPane provinces = new GridPane();
    /** How the whole country's value was computed, under the table. */
    private final Label nationalCoverage = new Label();
    private final Label chartTitle = new Label();
    private final GapChart chart = new GapChart();

    public IndicatorSection(IndicatorViewModel indicators, AtlasViewModel atlas, I18n i18n, String fontFamily) {
        super(6);
        this.indicators = indicators;
        this.atlas = atlas;
        this.i18n = i18n;
        getStyleClass().add("indicator-section");
        heading.getStyleClass().addAll("title-4", "panel-section");
        heading.setWrapText(true);
        region.getStyleClass().add("region-rate");
        regionNote.setWrapText(true);
        regionNote.getStyleClass().add("source-line");
        aggregation.getItems().setAll(Aggregation.values());
        aggregation.setConverter(new StringConverter<>() {
            @Override
            public String toString(Aggregation a) {
                return a == null ? "" : a == Aggregation.WEIGHTED_MEAN ? i18n.get("aggregation.weighted-mean", "…")
                        : i18n.get("aggregation." + a.key());
            }

            @Override
            public Aggregation fromString(String s) {
                return null;
            }
        });
        aggregation.valueProperty().bindBidirectional(indicators.aggregationProperty());
        aggregation.accessibleTextProperty().bind(i18n.text("indicator.method"));
        weight.accessibleTextProperty().bind(i18n.text("indicator.weight"));
        weight.setPromptText(i18n.get("indicator.noWeight"));
        weight.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(IndicatorInfo info, boolean empty) {
                super.updateItem(info, empty);
                setText(empty || info == null ? null : info.title() + " · " + info.code());
            }
        });
        weight.setButtonCell(weight.getCellFactory().call(null));
        weight.valueProperty().bindBidirectional(indicators.weightProperty());
        Label methodLabel = new Label();
        methodLabel.textProperty().bind(i18n.text("indicator.method"));
        methodLabel.getStyleClass().add("text-muted");
        Label weightLabel = new Label();
        weightLabel.textProperty().bind(i18n.text("indicator.weight"));
        method.getChildren().addAll(aggregation, weightLabel, weight);
        HBox.setHgrow(weight, Priority.ALWAYS);
        provinces.setHgap(10);
        provinces.setVgap(3);
        provinces.getStyleClass().add("province-table");
        chartTitle.textProperty().bind(i18n.text("indicator.chart"));
        chartTitle.getStyleClass().add("text-muted");
        chartTitle.setWrapText(true);
        chart.setFontFamily(fontFamily);
        nationalCoverage.setWrapText(true);
        nationalCoverage.getStyleClass().addAll("source-line", "national-coverage");
        getChildren().addAll(heading, region, regionNote, methodLabel, method, provinces, nationalCoverage, chartTitle,
                chart);
        atlas.selectedCodeProperty().addListener(o -> refresh());
        indicators.mapProperty().addListener(o -> refresh());
        indicators.aggregationProperty().addListener(o -> refresh());
        indicators.weightProperty().addListener(o -> refresh());
        indicators.indicators().addListener((ListChangeListener<IndicatorInfo>) c -> weight.getItems()
                .setAll(indicators.weights()));
        indicators.selectedProperty().addListener(o -> weight.getItems().setAll(indicators.weights()));
        i18n.localeProperty().addListener(o -> refresh());
        weight.getItems().setAll(indicators.weights());
        refresh();
    }

    private void refresh() {
        IndicatorComparison c = indicators.comparison(atlas.selectedCodeProperty().get());
        setVisible(c != null);
        setManaged(c != null);
        if (c == null) {
            return;
        }
        heading.setText(i18n.get("indicator.section") + ": " + c.heading());
        region.setText(c.region() + (c.computed() ? "  (" + i18n.get("indicator.computed") + ")" : ""));
        StyleClasses.toggle(region, "computed", c.computed());
        regionNote.setText(c.regionNote());
        method.setVisible(c.canAggregate());
        method.setManaged(c.canAggregate());
        weight.setDisable(aggregation.getValue() != Aggregation.WEIGHTED_MEAN);
        provinces.getChildren().clear();
        if (!c.rows().isEmpty()) {
            provinces.addRow(0, header("col.province"), header("indicator.col.value"),
                    header("indicator.col.coverage"), header("indicator.col.difference"));
            int r = 1;
            for (ProvinceRow row : c.rows()) {
                Label name = new Label(row.province());
                Tooltip.install(name, new Tooltip(row.sourceNote()));
                Label coverage = new Label(row.gapPrinted());
                coverage.setWrapText(true);
                coverage.setMaxWidth(180);
                coverage.getStyleClass().add("text-muted");
                provinces.addRow(r++, name, figure(row.provinceRate()), coverage, figure(row.gapComputed()));
            }
            if (c.national() != null) {
                nationalRow(c.national(), r);
            }
        }
        nationalCoverage.setVisible(c.national() != null);
        nationalCoverage.setManaged(c.national() != null);
        boolean bars = !c.bars().isEmpty();
        chartTitle.setVisible(bars);
        chartTitle.setManaged(bars);
        chart.setVisible(bars);
        chart.setManaged(bars);
        chart.setUnit(indicators.mapProperty().get() == null ? "" : indicators.mapProperty().get().info().unit());
        chart.setBars(c.bars(), i18n.get("panel.notReported"));
    }

    /**
     * The whole country's row after the provinces, set apart: its name, value, the word computed and its difference
     * to the region, then how it was computed on a line of its own under the table (the coverage is long).
     */
    private void nationalRow(ProvinceRow row, int r) {
        Label name = new Label(row.province());
        name.setWrapText(true);
        Tooltip.install(name, new Tooltip(row.sourceNote()));
        Label value = figure(row.provinceRate());
        Label computed = new Label(row.flags());
        computed.getStyleClass().add("text-muted");
        Label difference = figure(row.gapComputed());
        for (Label label : java.util.List.of(name, value, difference)) {
            label.getStyleClass().add("national-row");
        }
        provinces.addRow(r, name, value, computed, difference);
        nationalCoverage.setText(row.province() + ": " + row.gapPrinted());
        nationalCoverage.setTooltip(new Tooltip(row.sourceNote()));
    }

    /** A value or difference: never cut short (the coverage beside it wraps instead). */
    private static Label figure(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private Label header(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("province-table-header");
        return label;
    }

    /** The region's value as shown (for tests). */
    public Label regionLabel() {
        return region;
    }

    public Label regionNoteLabel() {
        return regionNote;
    }

    /** How the country's value was computed, for tests. */
    public Label nationalCoverageLabel() {
        return nationalCoverage;
    }

    /** The table of provinces (and the country), for tests. */
    public GridPane provinceTable() {
        return provinces;
    }

    public GapChart chart() {
        return chart;
    }
}
