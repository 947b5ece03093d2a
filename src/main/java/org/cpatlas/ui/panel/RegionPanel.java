package org.cpatlas.ui.panel;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.kit.Icon;
import org.cpatlas.ui.kit.OutputActions;
import org.cpatlas.ui.table.TableActions;
import org.cpatlas.ui.table.TableMenu;
import org.cpatlas.ui.kit.SizeCachingVBox;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
import org.cpatlas.ui.viewmodel.RegionDetails;

/**
 * The side panels of the selected region: names and facts, the province table, the gap chart, other figures
 * and every source. Binds to the view-model; holds no logic of its own.
 */
public final class RegionPanel extends ScrollPane {

    private final AtlasViewModel viewModel;
    private final I18n i18n;
    private static final double PADDING = 14;
    private static final double MIN_LINE_WIDTH = 120;
    private final VBox content = new SizeCachingVBox(10);
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label rate = new Label();
    private final Label counties = new Label();
    private final Label quality = new Label();
    private final ProvinceTable table;
    private final GapChart chart = new GapChart();
    private final VBox others = new SizeCachingVBox(4);
    private final VBox sources = new SizeCachingVBox(4);
    private final Label empty = new Label();

    private final Tooltip rateTip = new Tooltip();
    private final MenuButton compare = new MenuButton();
    private final CountyListPane countyList;
    private final ComparisonPane comparisonPane;
    private final Tooltip countiesTip = new Tooltip();
    private final Label conflictNote = wrapped("");
    private final Label notReportedNote = wrapped("");
    private final Label othersSection;
    /**
     * The width of the panel's text, inside its padding. A property set only when the width changes, not a binding
     * on the viewport bounds: the scroll pane sets new bounds at every layout, and each invalidation made every
     * line lay its text out again, which asked for another layout: the panel re-laid and repainted itself at every
     * pulse while nothing changed.
     */
    private final DoubleProperty lineWidth = new SimpleDoubleProperty(MIN_LINE_WIDTH);

    public RegionPanel(AtlasViewModel viewModel, I18n i18n, String fontFamily) {
        this(viewModel, i18n, fontFamily, new TableActions(new org.cpatlas.ui.kit.FxDialogService(null), i18n),
                new OutputActions() {
                    @Override
                    public void print(org.cpatlas.render.MapViewport shown) {
                    }

                    @Override
                    public void export(org.cpatlas.render.MapViewport shown) {
                    }
                });
    }

    /**
     * @param tableActions copying and exporting of the panel's tables
     * @param output       printing and exporting of the comparison sheet
     */
    public RegionPanel(AtlasViewModel viewModel, I18n i18n, String fontFamily, TableActions tableActions,
            OutputActions output) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.table = new ProvinceTable(i18n);
        table.enableCopy(tableActions, i18n, () -> viewModel.details() == null ? null
                : viewModel.details().provinceTable());
        TableMenu.install(others, tableActions, i18n, this::figureTable, this::figureTable);
        countyList = new CountyListPane(viewModel, tableActions, i18n);
        comparisonPane = new ComparisonPane(viewModel, tableActions, i18n, output, fontFamily);
        getStyleClass().add("region-panel");
        viewportBoundsProperty().addListener((o, old, bounds) ->
                lineWidth.set(Math.max(MIN_LINE_WIDTH, bounds.getWidth() - 2 * PADDING)));
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(PADDING));
        title.getStyleClass().addAll("title-3", "region-title");
        subtitle.getStyleClass().addAll("text-muted", "region-subtitle");
        // Long names (the Tibetan areas of four provinces) wrap instead of being cut short.
        title.setWrapText(true);
        subtitle.setWrapText(true);
        title.setMinWidth(0);
        subtitle.setMinWidth(0);
        rate.getStyleClass().add("region-rate");
        rate.setWrapText(true);
        counties.setWrapText(true);
        rate.setTooltip(rateTip);
        counties.setTooltip(countiesTip);
        countiesTip.textProperty().bind(i18n.text("panel.countiesSource"));
        quality.setWrapText(true);
        chart.setFontFamily(fontFamily);
        empty.setWrapText(true);
        empty.textProperty().bind(i18n.text("panel.empty"));
        empty.getStyleClass().add("text-muted");
        conflictNote.textProperty().bind(i18n.text("panel.chartConflictNote"));
        notReportedNote.textProperty().bind(i18n.text("panel.chartNotReportedNote"));
        othersSection = section("panel.otherFigures");
        // Built once: a selection only changes texts and rows, so a click costs no node creation, CSS or layout of
        // a new tree (the main cost of filling the panel).
        content.getChildren().setAll(header(), facts(), comparisonPane, section("panel.provinces"), table,
                section("panel.chart"), chart, conflictNote, notReportedNote, othersSection, others, countyList,
                section("panel.sources"), sources);
        // Nothing in the panel may ask for more width than the panel has: fitted to the viewport, a child's larger
        // minimum width would push the content past the right edge (with no horizontal scroll bar to reach it).
        for (javafx.scene.Node child : content.getChildren()) {
            if (child instanceof Region region) {
                region.setMinWidth(0);
            }
        }
        setContent(empty);
        // The skin caches its viewport as a bitmap (for smooth scrolling on old hardware). The panel's content
        // changes at every click, and rebuilding that bitmap of the whole panel doubled the painting of a click
        // in the software pipeline; scrolling repaints the few visible nodes directly instead.
        skinProperty().addListener((o, old, skin) -> {
            javafx.scene.Node viewport = lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        viewModel.detailsProperty().addListener((obs, old, details) -> show(details));
        i18n.localeProperty().addListener(o -> show(viewModel.details()));
        if (viewModel.details() != null) {
            show(viewModel.details()); // made after a selection: shows it at once
        }
    }

    private void show(RegionDetails d) {
        if (d == null) {
            setContent(empty);
            return;
        }
        title.setText(d.title());
        subtitle.setText(d.subtitle());
        rate.setText(d.rate());
        rateTip.setText(d.rateSource());
        StyleClasses.toggle(rate, "not-reported", !d.rateReported());
        counties.setText(d.counties());
        quality.setText(d.quality());
        StyleClasses.oneOf(quality, List.of("quality-sourced", "quality-partial", "quality-approximate"),
                "quality-" + d.qualityLevel().code());
        table.setRows(d.provinces());
        chart.setUnit(i18n.get("chart.pp"));
        chart.setBars(d.bars(), i18n.get("panel.notReported"));
        countyList.show(d.code());
        showIf(conflictNote, d.bars().stream().anyMatch(b -> b.conflict()));
        showIf(notReportedNote, d.bars().stream().anyMatch(b -> b.notReported()));
        showIf(othersSection, !d.otherFigures().isEmpty());
        fill(others, d.otherFigures());
        fill(sources, d.sources());
        if (getContent() != content) {
            setContent(content);
        }
        setVvalue(0);
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

    private static void showIf(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private HBox header() {
        VBox names = new VBox(2, title, subtitle);
        names.setMinWidth(0);
        HBox.setHgrow(names, Priority.ALWAYS);
        compare.textProperty().bind(i18n.text("panel.compare"));
        compare.getStyleClass().addAll("flat", "compare-button");
        Tooltip compareTip = new Tooltip();
        compareTip.textProperty().bind(i18n.text("panel.compareHint"));
        compare.setTooltip(compareTip);
        compare.setMinWidth(Region.USE_PREF_SIZE);
        // The list is made when it opens: the regions other than the selected one, in the interface language.
        compare.setOnShowing(e -> compare.getItems().setAll(viewModel.regions().stream()
                .filter(r -> !r.code().equals(viewModel.selectedCodeProperty().get()))
                .map(r -> {
                    MenuItem item = new MenuItem(i18n.pick(r.nameZh(), r.nameEn()));
                    item.setOnAction(a -> viewModel.compareWith(r.code()));
                    return item;
                }).toList()));
        compare.getItems().add(new MenuItem()); // a MenuButton with no items never opens
        Button close = new Button(null, Icon.CLOSE.node());
        close.getStyleClass().addAll("button-icon", "flat");
        Tooltip closeTip = new Tooltip();
        closeTip.textProperty().bind(new org.cpatlas.ui.kit.WindowTexts(i18n).tooltip(
                org.cpatlas.ui.kit.WindowAction.CLEAR_SELECTION));
        close.setTooltip(closeTip);
        close.accessibleTextProperty().bind(i18n.text("panel.close"));
        close.accessibleHelpProperty().bind(closeTip.textProperty());
        close.setOnAction(e -> viewModel.clearSelection());
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(6, names, compare, close);
        header.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return header;
    }

    private GridPane facts() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        grid.getColumnConstraints().setAll(names, values);
        grid.addRow(0, muted("panel.rate"), rate);
        grid.addRow(1, muted("panel.counties"), counties);
        grid.addRow(2, muted("panel.quality"), quality);
        return grid;
    }

    private Label section(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().addAll("title-4", "panel-section");
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    private Label muted(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** The other figures as a table to copy or export (the selected region's). */
    private org.cpatlas.tables.DataTable figureTable() {
        return viewModel.details() == null ? null : viewModel.details().figureTable();
    }

    /** The region's county list (for tests). */
    public CountyListPane countyList() {
        return countyList;
    }

    /** The two regions side by side, shown while a comparison is on (for tests). */
    public ComparisonPane comparisonPane() {
        return comparisonPane;
    }

    /** The "Compare with…" button. */
    public MenuButton compareButton() {
        return compare;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("source-line");
        return label;
    }

    /**
     * Adds a part under the region's facts (the indicator section), shown whenever the region is: parts of other
     * capabilities plug in here instead of the panel knowing them.
     */
    public void addSection(javafx.scene.Node section) {
        content.getChildren().add(2, section);
    }

    /** Adds a section after the region's county list, before the sources (long lists that would push the tables down). */
    public void addSectionAfterCountyList(javafx.scene.Node section) {
        content.getChildren().add(content.getChildren().indexOf(countyList) + 1, section);
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
