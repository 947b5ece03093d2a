package org.cpatlas.ui.panel;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.cpatlas.ui.I18n;
import org.cpatlas.ui.Icon;
import org.cpatlas.ui.SizeCachingVBox;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
import org.cpatlas.ui.viewmodel.RegionDetails;

/**
 * The side panels' content for one region: names and facts, the province table, the gap chart, other figures and
 * every source, as {@link RegionPanel} shows it.
 */
public final class RegionPage extends SizeCachingVBox {

    /** Space around the page's content. */
    static final double PADDING = 14;
    private final AtlasViewModel viewModel;
    private final I18n i18n;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label rate = new Label();
    private final Label counties = new Label();
    private final Label quality = new Label();
    private final ProvinceTable table;
    private final GapChart chart = new GapChart();
    private final VBox others = new SizeCachingVBox(4);
    private final VBox sources = new SizeCachingVBox(4);
    private final Tooltip rateTip = new Tooltip();
    private final Tooltip countiesTip = new Tooltip();
    private final Label conflictNote = wrapped("");
    private final Label notReportedNote = wrapped("");
    private final Label othersSection;
    private final DoubleProperty lineWidth;
    private RegionDetails shown;

    /** @param lineWidth the width of the panel's text, inside its padding, which wrapped lines follow */
    RegionPage(AtlasViewModel viewModel, I18n i18n, String fontFamily, DoubleProperty lineWidth) {
        super(10);
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.lineWidth = lineWidth;
        this.table = new ProvinceTable(i18n);
        setPadding(new Insets(PADDING));
        title.getStyleClass().addAll("title-3", "region-title");
        subtitle.getStyleClass().addAll("text-muted", "region-subtitle");
        rate.getStyleClass().add("region-rate");
        rate.setTooltip(rateTip);
        counties.setTooltip(countiesTip);
        countiesTip.textProperty().bind(i18n.text("panel.countiesSource"));
        quality.setWrapText(true);
        chart.setFontFamily(fontFamily);
        conflictNote.textProperty().bind(i18n.text("panel.chartConflictNote"));
        notReportedNote.textProperty().bind(i18n.text("panel.chartNotReportedNote"));
        othersSection = section("panel.otherFigures");
        getChildren().setAll(header(), facts(), section("panel.provinces"), table, section("panel.chart"),
                chart, conflictNote, notReportedNote, othersSection, others, section("panel.sources"), sources);
    }

    /** The details this page shows now, or null. */
    RegionDetails shown() {
        return shown;
    }

    /** Shows a region's details; only what differs from what the page shows changes. */
    void show(RegionDetails d) {
        if (d == shown) {
            return;
        }
        shown = d;
        title.setText(d.title());
        subtitle.setText(d.subtitle());
        rate.setText(d.rate());
        rateTip.setText(d.rateSource());
        rate.getStyleClass().removeAll("not-reported");
        if (!d.rateReported()) {
            rate.getStyleClass().add("not-reported");
        }
        counties.setText(d.counties());
        quality.setText(d.quality());
        quality.getStyleClass().removeAll("quality-sourced", "quality-partial", "quality-approximate");
        quality.getStyleClass().add("quality-" + d.qualityLevel().code());
        table.setRows(d.provinces());
        chart.setBars(d.bars(), i18n.get("panel.notReported"));
        showIf(conflictNote, d.bars().stream().anyMatch(b -> b.conflict()));
        showIf(notReportedNote, d.bars().stream().anyMatch(b -> b.notReported()));
        showIf(othersSection, !d.otherFigures().isEmpty());
        fill(others, d.otherFigures());
        fill(sources, d.sources());
    }

    /**
     * Shows the lines in the list's Text nodes, reusing those already there and hiding the ones not needed:
     * removing and adding nodes would style them anew at every click. The lines are Text nodes, not wrapped
     * Labels: a Text keeps its wrapped layout until its text or width changes, whereas a wrapped Label lays its
     * text out again for every size query of every layout pass, which made these lists the bulk of a click's
     * layout time.
     */
    private void fill(VBox box, java.util.List<String> lines) {
        var children = box.getChildren();
        while (children.size() < lines.size()) {
            Text line = new Text();
            line.getStyleClass().add("source-text");
            // The panel's width, never the list's own: a Text's width is its wrapping width, so following the
            // list would let the longest line widen the whole panel.
            line.wrappingWidthProperty().bind(lineWidth);
            children.add(line);
        }
        for (int i = 0; i < children.size(); i++) {
            Text line = (Text) children.get(i);
            boolean shown = i < lines.size();
            String text = shown ? lines.get(i) : "";
            if (!line.getText().equals(text)) {
                line.setText(text);
            }
            showIf(line, shown);
        }
    }

    /** The lines of the "other figures" and "sources" lists (for tests). */
    public java.util.List<String> listedLines() {
        return java.util.stream.Stream.concat(others.getChildren().stream(), sources.getChildren().stream())
                .filter(javafx.scene.Node::isVisible).map(n -> ((Text) n).getText()).toList();
    }

    static void showIf(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private HBox header() {
        VBox names = new VBox(2, title, subtitle);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(null, Icon.CLOSE.node());
        close.getStyleClass().addAll("button-icon", "flat");
        Tooltip closeTip = new Tooltip();
        closeTip.textProperty().bind(i18n.text("panel.close"));
        close.setTooltip(closeTip);
        close.setOnAction(e -> viewModel.clearSelection());
        return new HBox(names, spacer, close);
    }

    private GridPane facts() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, muted("panel.rate"), rate);
        grid.addRow(1, muted("panel.counties"), counties);
        grid.addRow(2, muted("panel.quality"), quality);
        return grid;
    }

    private Label section(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().addAll("title-4", "panel-section");
        return label;
    }

    private Label muted(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("source-line");
        return label;
    }

    /** The province table (for tests). */
    public ProvinceTable table() {
        return table;
    }

    public GapChart chart() {
        return chart;
    }

    public Label titleLabel() {
        return title;
    }

    public Label rateLabel() {
        return rate;
    }
}
