package org.cpatlas.ui.table;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.cpatlas.tables.DataTable;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.viewmodel.AtlasViewModel;

/**
 * The data view beside the map: every region with its figures, Table 1's region-province pairs, and every figure
 * of the atlas, each a table to sort, filter, choose columns of, copy and export. Selecting a region's row selects
 * the region on the map and in the panel, and selecting a region anywhere selects its rows here.
 */
public final class DataView extends BorderPane {

    private final AtlasViewModel viewModel;
    private final FigureTableView regions;
    private final FigureTableView pairs;
    private final FigureTableView figures;
    private final TabPane tabs = new TabPane();
    private final TextField filter = new TextField();
    /** True while the view follows a selection made elsewhere: its own row selection must not select back. */
    private boolean following;

    public DataView(AtlasViewModel viewModel, TableActions actions, I18n i18n) {
        this.viewModel = viewModel;
        getStyleClass().add("data-view");
        regions = new FigureTableView(actions, i18n);
        pairs = new FigureTableView(actions, i18n);
        figures = new FigureTableView(actions, i18n);
        regions.setId("data-regions");
        pairs.setId("data-pairs");
        figures.setId("data-figures");
        tabs.getTabs().setAll(tab(regions, viewModel::regionsTable), tab(pairs, viewModel::pairsTable),
                tab(figures, viewModel::allFiguresTable));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        filter.promptTextProperty().bind(i18n.text("data.filter"));
        filter.setPrefColumnCount(24);
        filter.getStyleClass().add("data-filter");
        filter.textProperty().addListener((o, old, text) -> List.of(regions, pairs, figures)
                .forEach(t -> t.setFilter(text)));
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("data.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setMinWidth(0);
        HBox bar = new HBox(10, filter, hint);
        HBox.setHgrow(hint, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);
        setCenter(tabs);

        fill();
        i18n.localeProperty().addListener(o -> fill());
        for (FigureTableView table : List.of(regions, pairs, figures)) {
            table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> selectOnMap(row));
        }
        viewModel.selectedCodeProperty().addListener((o, old, code) -> follow(code));
        follow(viewModel.selectedCodeProperty().get());
    }

    /**
     * A tab whose table joins the scene when the tab is first shown: a table in a tab not shown is still styled
     * and laid out, and the data view opens with its first tab.
     */
    private Tab tab(FigureTableView table, Supplier<DataTable> source) {
        Tab tab = new Tab();
        if (table == regions) {
            tab.setContent(table);
        } else {
            tab.selectedProperty().addListener((o, was, selected) -> {
                if (selected && tab.getContent() == null) {
                    set(table, source.get());
                    tab.setContent(table);
                }
            });
        }
        return tab;
    }

    /**
     * (Re)fills the tables in the interface language: the one shown at once, the others when their tab is first
     * shown (their names are set now).
     */
    private void fill() {
        List<Supplier<DataTable>> sources = List.of(viewModel::regionsTable, viewModel::pairsTable,
                viewModel::allFiguresTable);
        List<FigureTableView> views = List.of(regions, pairs, figures);
        for (int i = 0; i < views.size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            DataTable table = sources.get(i).get();
            tab.setText(table.name());
            if (tab.getContent() != null) {
                set(views.get(i), table);
            }
        }
        follow(viewModel.selectedCodeProperty().get());
    }

    private void set(FigureTableView view, DataTable table) {
        view.setTable(table);
        view.setFilter(filter.getText());
    }

    /** A row about a region selects the region (a pair's key is "region/province", a figure's its region). */
    private void selectOnMap(DataTable.Row row) {
        if (following || row == null || row.key().isEmpty()) {
            return;
        }
        String code = row.key().contains("/") ? row.key().substring(0, row.key().indexOf('/')) : row.key();
        if (!code.equals(viewModel.selectedCodeProperty().get())) {
            viewModel.select(code);
        }
    }

    /** The regions table follows a selection made on the map, in the search box or in the panel. */
    private void follow(String code) {
        following = true;
        try {
            if (code == null) {
                regions.getSelectionModel().clearSelection();
            } else if (regions.getSelectionModel().getSelectedItem() == null
                    || !code.equals(regions.getSelectionModel().getSelectedItem().key())) {
                regions.selectKey(code);
            }
        } finally {
            following = false;
        }
    }

    public FigureTableView regionsTable() {
        return regions;
    }

    public FigureTableView pairsTable() {
        return pairs;
    }

    public FigureTableView figuresTable() {
        return figures;
    }

    public TextField filterField() {
        return filter;
    }

    public TabPane tabs() {
        return tabs;
    }
}
