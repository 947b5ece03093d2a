package org.cpatlas.ui;

import org.cpatlas.ui.kit.Icon;
import org.cpatlas.ui.kit.OutputActions;
import org.cpatlas.ui.kit.WindowAction;
import org.cpatlas.ui.kit.WindowTexts;
import org.cpatlas.ui.kit.FxDialogService;
import org.cpatlas.ui.kit.I18n;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.render.LabelLanguage;
import org.cpatlas.render.MapTheme;
import org.cpatlas.ui.map.AtlasMapPane;
import org.cpatlas.ui.panel.RegionPanel;
import org.cpatlas.ui.table.DataView;
import org.cpatlas.ui.table.TableActions;
import org.cpatlas.ui.viewmodel.AtlasViewModel;

/**
 * The atlas window's content: toolbar (search, reset, language, theme, print, export), the map, the side panels
 * and a status line. Wires views to the view-model; printing and exporting are handed to {@link OutputActions}.
 */
public final class AtlasWindow extends BorderPane implements org.cpatlas.ui.settings.RememberedWindow {

    private final AtlasViewModel viewModel;
    private final I18n i18n;
    private final AtlasMapPane mapPane;
    /** Made on first use: it is not shown until a selection (see {@link #panel()}). */
    private RegionPanel panel;
    private final String fontFamily;
    private final SplitPane split;
    private final Label status = new Label();
    private final TextField search = new TextField();
    /**
     * The search's suggestions, made when the user first types (see {@link #suggestions()}): a context menu is a popup
     * window of its own, and making it was a part of the window's construction before the first frame.
     */
    private ContextMenu suggestions;
    private final ToggleButton themeToggle = new ToggleButton();
    private final Consumer<MapTheme> themeChanger;
    private final OutputActions output;
    /**
     * Made with the indicators, a frame after the window: its picker (a combo box with its list) and menus were a
     * good part of the styling and layout the window's first frame waited for.
     */
    private org.cpatlas.ui.indicator.IndicatorBar indicatorBar;
    private final javafx.scene.control.MenuButton dataMenu = new javafx.scene.control.MenuButton();
    /** Imports and the indicator picker, installed once the first frame is painted (see installIndicators). */
    private org.cpatlas.ui.imports.ImportActions imports;
    private org.cpatlas.ui.viewmodel.IndicatorViewModel indicators;
    /** County lists and each county's evidence, installed with the indicators (see installMemberships). */
    private org.cpatlas.ui.membership.DesktopMemberships memberships;
    private final TableActions tableActions;
    /** Made on first use: the data view, docked under the map and the panel while its toggle is on. */
    private DataView dataView;
    private SplitPane mapAndData;
    private final ToggleButton dataToggle = new ToggleButton();
    /** True once the user moved into the suggestions list with the arrow keys: Enter then takes the one shown. */
    private boolean suggestionChosenByKeys;
    /**
     * The side panel's width when it opens: the width the user last gave it by dragging the divider (kept for the
     * session, and remembered between runs by the settings); at first the width the panel needs at the default
     * window size.
     */
    public static final double DEFAULT_PANEL_WIDTH = 520;
    private static final double PANEL_MIN_WIDTH = 380;
    private final javafx.beans.property.DoubleProperty panelWidth =
            new javafx.beans.property.SimpleDoubleProperty(this, "panelWidth", DEFAULT_PANEL_WIDTH);
    private final WindowTexts texts;
    private ToolBar bar;
    /** The toolbar's tooltips, made once the window's first frame is painted (see {@link #installTooltips}). */
    private final org.cpatlas.ui.kit.LaterTooltips tooltips = new org.cpatlas.ui.kit.LaterTooltips();

    public AtlasWindow(AtlasViewModel viewModel, AtlasMapPane mapPane, I18n i18n, String fontFamily,
            Consumer<MapTheme> themeChanger, OutputActions output) {
        this(viewModel, mapPane, i18n, fontFamily, themeChanger, output, new TableActions(new FxDialogService(null),
                i18n));
    }

    /** @param tableActions copying and exporting of the window's tables (their dialogs owned by the stage) */
    public AtlasWindow(AtlasViewModel viewModel, AtlasMapPane mapPane, I18n i18n, String fontFamily,
            Consumer<MapTheme> themeChanger, OutputActions output, TableActions tableActions) {
        this.tableActions = tableActions;
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.mapPane = mapPane;
        this.themeChanger = themeChanger;
        this.output = output;
        this.fontFamily = fontFamily;
        this.texts = new WindowTexts(i18n);
        getStyleClass().add("atlas-window");

        mapPane.setOnClick(viewModel::clickAt);
        mapPane.setOnCompareClick((lon, lat) -> viewModel.clickAt(lon, lat, true));
        mapPane.setTooltipText(viewModel::tooltipFor);
        mapPane.setOnHover(code -> { });
        viewModel.stylingProperty().addListener((o, old, styling) -> mapPane.setStyling(styling));
        viewModel.provinceGapsProperty().addListener((o, old, gaps) -> mapPane.setProvinceGaps(gaps));
        // The status line says what the view-model says, in the interface language, and clears with the selection.
        viewModel.statusProperty().addListener((o, old, text) -> status.setText(text));
        viewModel.selectedCodeProperty().addListener((o, old, code) -> {
            showPanel(code != null);
            if (code != null) {
                mapPane.bringIntoView(code);
            }
        });
        tableActions.setStatus(status::setText);

        split = new SplitPane(mapPane);
        split.setOrientation(Orientation.HORIZONTAL);
        bar = toolbar();
        setTop(bar);
        followPanelWidth();
        setCenter(split);
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(3, 10, 3, 10));
        setBottom(statusBar);
        status.setText(viewModel.statusProperty().get());
        status.setMinWidth(0);
        i18n.localeProperty().addListener(o -> mapPane.setLabelLanguage(LabelLanguage.BOTH));
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                installShortcuts();
            }
        });
        acceptDroppedTables();
    }

    /**
     * The indicator picker, its classes and the Data menu float at the map's top left, as a map's layer control does:
     * in the toolbar they pushed Print and Export into its overflow menu at the window's default width.
     */
    private void floatIndicatorControls() {
        indicatorBar.getChildren().add(dataMenu());
        indicatorBar.getStyleClass().add("map-controls");
        indicatorBar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        javafx.scene.layout.StackPane.setAlignment(indicatorBar, javafx.geometry.Pos.TOP_LEFT);
        javafx.scene.layout.StackPane.setMargin(indicatorBar, new Insets(10));
        mapPane.getChildren().add(indicatorBar);
    }

    /** A .csv or .xlsx file dropped on the window opens the import dialog on it. */
    private void acceptDroppedTables() {
        setOnDragOver(e -> {
            if (imports != null && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean done = false;
            if (imports != null && e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                imports.importTable(e.getDragboard().getFiles().get(0).toPath());
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /**
     * Connects the indicator picker, the panel's indicator section and the Data menu (import, datasets); called once
     * the window's first frame is painted, so that reading the indicators does not delay it.
     */
    public void installIndicators(org.cpatlas.ui.viewmodel.IndicatorViewModel model,
            org.cpatlas.ui.imports.ImportActions actions) {
        this.indicators = model;
        this.imports = actions;
        indicatorBar = new org.cpatlas.ui.indicator.IndicatorBar(i18n);
        floatIndicatorControls();
        indicatorBar.bind(model);
        mapPane.setUnitTooltipText(model::unitTooltip);
        dataMenu.setDisable(false);
        if (panel != null) {
            panel.addSection(new org.cpatlas.ui.panel.IndicatorSection(model, viewModel, i18n, fontFamily));
        }
    }

    /**
     * Connects the county lists (issue 18): the Data menu's county list items, the panel's member counties and county
     * evidence, county hover and clicks; called with the indicators, once the first frame is painted.
     */
    public void installMemberships(org.cpatlas.ui.membership.DesktopMemberships actions) {
        this.memberships = actions;
        javafx.scene.control.MenuItem importList = new javafx.scene.control.MenuItem();
        importList.textProperty().bind(i18n.text("data.importList"));
        importList.setOnAction(e -> actions.importList(null));
        javafx.scene.control.MenuItem lists = new javafx.scene.control.MenuItem();
        lists.textProperty().bind(i18n.text("data.lists"));
        lists.setOnAction(e -> actions.showLists());
        javafx.scene.control.MenuItem regionsShp = new javafx.scene.control.MenuItem();
        regionsShp.textProperty().bind(i18n.text("data.exportRegions"));
        regionsShp.setOnAction(e -> actions.exportShapefile(org.cpatlas.geo.ShapefileExport.Layer.REGIONS));
        javafx.scene.control.MenuItem countiesShp = new javafx.scene.control.MenuItem();
        countiesShp.textProperty().bind(i18n.text("data.exportCounties"));
        countiesShp.setOnAction(e -> actions.exportShapefile(org.cpatlas.geo.ShapefileExport.Layer.COUNTIES));
        dataMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), importList, lists, regionsShp,
                countiesShp);
        mapPane.setCountyTooltipText(actions::tooltip);
        // The status line says when the county clicked is in none of the regions (AtlasViewModel's description).
        viewModel.lastPlaceProperty().addListener((o, old, place) -> actions.clicked(place));
        if (panel != null) {
            addMembershipSections(panel);
        }
    }

    private void addMembershipSections(RegionPanel into) {
        // The county clicked near the top (shown only then); the long list of member counties after the tables.
        into.addSectionAfterCountyList(new org.cpatlas.ui.panel.MemberCountiesSection(memberships.evidence(),
                viewModel, i18n, memberships::showCounty));
        into.addSection(new org.cpatlas.ui.panel.CountySection(memberships.evidence(), viewModel, i18n));
    }

    /** The county lists of the window, once installed (for tests). */
    public org.cpatlas.ui.membership.DesktopMemberships memberships() {
        return memberships;
    }

    private javafx.scene.control.MenuButton dataMenu() {
        dataMenu.textProperty().bind(i18n.text("data.menu"));
        javafx.scene.control.Tooltip dataTip = new javafx.scene.control.Tooltip();
        dataTip.textProperty().bind(i18n.text("data.menuTip"));
        dataMenu.setTooltip(dataTip);
        dataMenu.accessibleHelpProperty().bind(dataTip.textProperty());
        javafx.scene.control.MenuItem importItem = new javafx.scene.control.MenuItem();
        importItem.textProperty().bind(i18n.text("data.import"));
        importItem.setOnAction(e -> imports.importTable(null));
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        javafx.scene.control.MenuItem datasetsItem = new javafx.scene.control.MenuItem();
        datasetsItem.textProperty().bind(i18n.text("data.datasets"));
        datasetsItem.setOnAction(e -> imports.showDatasets());
        dataMenu.getItems().setAll(importItem, datasetsItem);
        dataMenu.setDisable(true);
        return dataMenu;
    }

    private ToolBar toolbar() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("app.title"));
        title.getStyleClass().addAll("title-4", "app-title");

        search.promptTextProperty().bind(i18n.text("toolbar.search"));
        search.setPrefColumnCount(18);
        search.getStyleClass().add("region-search");
        search.textProperty().addListener((o, old, text) -> showSuggestions(text));
        search.setOnAction(e -> chooseBestMatch());
        search.setOnMouseClicked(e -> showSuggestions(search.getText()));
        explain(search, WindowAction.FIND, "accessible.search");

        Button reset = button(Icon.EARTH, "toolbar.reset", mapPane::resetExtent);
        Button language = new Button();
        language.textProperty().bind(i18n.text("toolbar.language"));
        language.setOnAction(e -> i18n.localeProperty().set(i18n.isChinese() ? I18n.ENGLISH : I18n.CHINESE));
        language.getStyleClass().add("language-switch");
        explain(language, WindowAction.LANGUAGE, "accessible.language");

        themeToggle.setGraphic(Icon.THEME_LIGHT_DARK.node());
        themeToggle.textProperty().bind(i18n.text("toolbar.theme.dark"));
        explain(themeToggle, WindowAction.THEME, "accessible.theme");
        themeToggle.selectedProperty().addListener((o, old, dark) -> {
            MapTheme theme = dark ? MapTheme.dark() : MapTheme.light();
            themeChanger.accept(theme);
            viewModel.applyTheme(theme);
            mapPane.setTheme(theme);
        });

        Button print = button(Icon.PRINTER, "toolbar.print", () -> output.print(mapPane.currentViewport()));
        Button export = button(Icon.EXPORT, "toolbar.export", () -> output.export(mapPane.currentViewport()));
        dataToggle.textProperty().bind(i18n.text("toolbar.data"));
        tooltips.add(dataToggle, i18n.text("toolbar.dataTip"));
        dataToggle.getStyleClass().add("data-toggle");
        dataToggle.selectedProperty().addListener((o, old, shown) -> showDataView(shown));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMinWidth(0);
        return new ToolBar(title, spacer, search, reset, language, themeToggle, dataToggle, print, export);
    }

    /** Enter in the search box: the best match, the region the suggestions list shows first. */
    private void chooseBestMatch() {
        viewModel.bestMatch(search.getText()).ifPresent(this::choose);
    }

    /**
     * Shows or hides the data view under the map and the panel. The map's split pane is the window's centre until
     * the data view is first shown, so that a window without it lays out as before.
     */
    private void showDataView(boolean shown) {
        if (shown) {
            if (dataView == null) {
                dataView = new DataView(viewModel, tableActions, i18n);
                mapAndData = new SplitPane();
                mapAndData.setOrientation(Orientation.VERTICAL);
                mapAndData.getStyleClass().add("map-and-data");
            }
            setCenter(null);
            mapAndData.getItems().setAll(split, dataView);
            mapAndData.setDividerPositions(0.58);
            setCenter(mapAndData);
            String selected = viewModel.selectedCodeProperty().get();
            if (selected != null) {
                mapPane.bringIntoView(selected); // the map is shorter now
            }
        } else if (mapAndData != null) {
            mapAndData.getItems().clear();
            setCenter(split);
        }
    }

    private Button button(Icon icon, String key, Runnable action) {
        Button button = new Button(null, icon.node());
        button.textProperty().bind(i18n.text(key));
        tooltips.add(button, WindowAction.forLabel(key).map(texts::tooltip).orElse(i18n.text(key)));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A tooltip that says what the control does and its shortcut, and its names for screen readers. */
    private void explain(javafx.scene.control.Control control, WindowAction action, String accessibleKey) {
        tooltips.add(control, texts.tooltip(action));
        control.accessibleTextProperty().bind(texts.text(accessibleKey));
    }

    /**
     * Gives the toolbar's and the map's controls their tooltips (their accessible help is set from the start): the
     * application calls it once the window's first frame is painted, as the tooltips are windows of their own that
     * no one sees before hovering. Later calls do nothing.
     */
    public void installTooltips() {
        tooltips.install();
        mapPane.installTooltips();
    }

    /** True once the toolbar's tooltips are made (for tests). */
    public boolean tooltipsInstalled() {
        return tooltips.installed();
    }

    /** The width the user gives the panel by dragging the divider (or by resizing the window) is the one kept. */
    private void followPanelWidth() {
        split.getDividers().addListener((javafx.collections.ListChangeListener<SplitPane.Divider>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(d -> d.positionProperty().addListener((o, old, pos) -> {
                    if (panelShown() && split.getWidth() > 0) {
                        panelWidth.set(Math.max(PANEL_MIN_WIDTH, (1 - pos.doubleValue()) * split.getWidth()));
                    }
                }));
            }
        });
    }

    /** The search's suggestions popup, made on the first call. */
    private ContextMenu suggestions() {
        if (suggestions == null) {
            suggestions = new ContextMenu();
            // The suggestions popup takes the keyboard while it shows, so Enter never reached the field's action: it
            // chose nothing when the text was pasted or typed whole ("秦巴山区", "Qinba Mountains").
            suggestions.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                    suggestionChosenByKeys = true;
                } else if (e.getCode() == KeyCode.ENTER && !suggestionChosenByKeys) {
                    e.consume();
                    chooseBestMatch();
                }
            });
        }
        return suggestions;
    }

    private void showSuggestions(String text) {
        if (!search.isFocused()) {
            return;
        }
        suggestionChosenByKeys = false;
        ContextMenu menu = suggestions();
        menu.getItems().clear();
        for (RegionSummary r : viewModel.search(text)) {
            Label item = new Label(r.nameZh() + "  " + r.nameEn());
            CustomMenuItem menuItem = new CustomMenuItem(item, true);
            menuItem.setOnAction(e -> choose(r));
            menu.getItems().add(menuItem);
        }
        if (menu.getItems().isEmpty()) {
            menu.hide();
        } else if (!menu.isShowing()) {
            menu.show(search, Side.BOTTOM, 0, 0);
        }
    }

    private void choose(RegionSummary region) {
        if (suggestions != null) {
            suggestions.hide();
        }
        viewModel.select(region.code());
        mapPane.zoomToRegion(region.code());
        Platform.runLater(() -> mapPane.mapView().requestFocus());
    }

    private void showPanel(boolean show) {
        if (show && !split.getItems().contains(panel())) {
            split.getItems().add(panel());
            double width = split.getWidth() > 0 ? split.getWidth() : getScene() == null ? 1360 : getScene().getWidth();
            split.setDividerPositions(Math.max(0.35, 1 - panelWidth.get() / Math.max(2 * PANEL_MIN_WIDTH, width)));
        } else if (!show) {
            split.getItems().remove(panel);
        }
    }

    private void installShortcuts() {
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), viewModel::clearSelection);
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                search::requestFocus);
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                () -> output.print(mapPane.currentViewport()));
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> output.export(mapPane.currentViewport()));
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                () -> dataToggle.setSelected(!dataToggle.isSelected()));
    }

    /** Switches the theme as the toolbar toggle does. */
    @Override
    public void setDarkTheme(boolean dark) {
        themeToggle.setSelected(dark);
    }

    /** Whether the dark theme is on. */
    @Override
    public boolean darkTheme() {
        return themeToggle.isSelected();
    }

    /** The side panel's width when it opens; follows the user's changes (remembered between runs). */
    @Override
    public javafx.beans.property.DoubleProperty panelWidthProperty() {
        return panelWidth;
    }

    /** The toolbar's controls, where the application adds its menus (Help). */
    public javafx.collections.ObservableList<javafx.scene.Node> toolbarItems() {
        return bar.getItems();
    }

    @Override
    public double defaultPanelWidth() {
        return DEFAULT_PANEL_WIDTH;
    }

    @Override
    public AtlasMapPane mapPane() {
        return mapPane;
    }

    /**
     * The side panels, made on the first call: the application asks for them once the window's first frame is
     * painted, so that building them does not delay it (a selection before that makes them itself).
     */
    public RegionPanel panel() {
        if (panel == null) {
            panel = new RegionPanel(viewModel, i18n, fontFamily, tableActions, output);
            panel.setMinWidth(PANEL_MIN_WIDTH);
            panel.setPrefWidth(DEFAULT_PANEL_WIDTH);
            if (indicators != null) {
                panel.addSection(new org.cpatlas.ui.panel.IndicatorSection(indicators, viewModel, i18n, fontFamily));
            }
            if (memberships != null) {
                addMembershipSections(panel);
            }
        }
        return panel;
    }

    public Label statusLabel() {
        return status;
    }

    /** The indicator picker and class controls (for tests); null until the indicators are installed. */
    public org.cpatlas.ui.indicator.IndicatorBar indicatorBar() {
        return indicatorBar;
    }

    public TextField searchField() {
        return search;
    }

    /** The search's suggestions popup, or null until the user first typed in the search box (for tests). */
    public ContextMenu searchSuggestions() {
        return suggestions;
    }

    public boolean panelShown() {
        return panel != null && split.getItems().contains(panel);
    }

    public AtlasViewModel viewModel() {
        return viewModel;
    }

    /** Copying and exporting of the window's tables. */
    public TableActions tableActions() {
        return tableActions;
    }

    /** The data view, made the first time it is shown; null before. */
    public DataView dataView() {
        return dataView;
    }

    /** Shows or hides the data view, as its toolbar toggle does. */
    public void setDataViewShown(boolean shown) {
        dataToggle.setSelected(shown);
    }

    /** The panel's width for this session (as the user last dragged it). */
    public double panelWidth() {
        return panelWidth.get();
    }
}
