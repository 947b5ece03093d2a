package org.cpatlas.ui.panel;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.kit.Icon;
import org.cpatlas.ui.kit.OutputActions;
import org.cpatlas.ui.table.TableActions;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
import org.cpatlas.ui.viewmodel.ComparisonDetails;

/**
 * Two regions side by side, while a comparison is on: their key figures in columns (a table to copy and export),
 * both regions' gaps to their provinces in one chart, and the comparison as a sheet to print or export. Hidden
 * otherwise.
 */
public final class ComparisonPane extends VBox {

    private final AtlasViewModel viewModel;
    private final I18n i18n;
    private final Label title = new Label();
    private final TableGrid table;
    private final GapChart chart = new GapChart();
    private final Label seriesA = new Label();
    private final Label seriesB = new Label();

    public ComparisonPane(AtlasViewModel viewModel, TableActions actions, I18n i18n, OutputActions output,
            String fontFamily) {
        super(6);
        this.viewModel = viewModel;
        this.i18n = i18n;
        getStyleClass().add("comparison-pane");
        table = new TableGrid(actions, i18n);
        table.getStyleClass().add("comparison-table");
        title.getStyleClass().addAll("title-4", "panel-section");
        title.setWrapText(true);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button print = button("panel.printComparison", output::printComparison);
        Button export = button("panel.exportComparison", output::exportComparison);
        Button end = new Button(null, Icon.CLOSE.node());
        end.getStyleClass().addAll("button-icon", "flat");
        Tooltip endTip = new Tooltip();
        endTip.textProperty().bind(i18n.text("panel.endComparison"));
        end.setTooltip(endTip);
        end.setOnAction(e -> viewModel.endComparison());
        end.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(6, title, print, export, end);
        head.setAlignment(Pos.CENTER_LEFT);

        Label chartTitle = new Label();
        chartTitle.textProperty().bind(i18n.text("panel.comparisonChart"));
        chartTitle.setWrapText(true);
        chartTitle.setMinWidth(0);
        chartTitle.getStyleClass().add("comparison-chart-title");
        chart.setFontFamily(fontFamily);
        VBox legend = new VBox(3, swatch(seriesA, "gap-series-0"), swatch(seriesB, "gap-series-1"));
        getChildren().setAll(head, table, chartTitle, legend, chart);
        viewModel.comparisonProperty().addListener((o, old, both) -> show(both));
        i18n.localeProperty().addListener(o -> show(viewModel.comparison()));
        show(viewModel.comparison());
    }

    private Button button(String key, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(i18n.text(key));
        button.getStyleClass().add("small");
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static HBox swatch(Label label, String styleClass) {
        Rectangle box = new Rectangle(12, 12);
        box.getStyleClass().addAll("gap-series-swatch", styleClass);
        label.setWrapText(true);
        label.setMinWidth(0);
        HBox row = new HBox(5, box, label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void show(ComparisonDetails both) {
        boolean shown = both != null;
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            return;
        }
        title.setText(i18n.get("panel.comparison", both.title(), both.otherTitle()));
        table.setTable(both.table());
        seriesA.setText(both.title() + " — " + both.boundary());
        seriesB.setText(both.otherTitle() + " — " + both.otherBoundary());
        chart.setUnit(i18n.get("chart.pp"));
        chart.setBars(both.bars(), i18n.get("panel.notReported"));
    }

    public TableGrid table() {
        return table;
    }

    public GapChart chart() {
        return chart;
    }

    public Label titleLabel() {
        return title;
    }

    /** The two series' names under the chart (for tests). */
    public List<String> seriesNames() {
        return List.of(seriesA.getText(), seriesB.getText());
    }
}
