package org.cpatlas.ui.panel;

import javafx.scene.control.TitledPane;
import org.cpatlas.tables.DataTable;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.table.FigureTableView;
import org.cpatlas.ui.table.TableActions;
import org.cpatlas.ui.viewmodel.AtlasViewModel;

/**
 * The selected region's county list, folded by default: each member county of the map layer, where it lies and on
 * what evidence it belongs to the region, to sort, copy and export. The table is made the first time it is opened,
 * so a click on the map does not pay for a table of 75 rows nobody looks at; open, it follows the selection.
 */
public final class CountyListPane extends TitledPane {

    private final AtlasViewModel viewModel;
    private final TableActions actions;
    private final I18n i18n;
    private FigureTableView table;
    private String code;

    public CountyListPane(AtlasViewModel viewModel, TableActions actions, I18n i18n) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.i18n = i18n;
        getStyleClass().add("county-list");
        setExpanded(false);
        setAnimated(false);
        setWrapText(true);
        expandedProperty().addListener((o, was, open) -> {
            if (open) {
                fill();
            }
        });
        i18n.localeProperty().addListener(o -> {
            updateTitle();
            if (isExpanded()) {
                fill();
            }
        });
    }

    /** Shows the county list of a region (filled now only when open). */
    public void show(String regionCode) {
        code = regionCode;
        updateTitle();
        if (isExpanded()) {
            fill();
        }
    }

    private void updateTitle() {
        DataTable counties = code == null ? null : viewModel.countiesTable(code);
        setText(i18n.get("panel.countyList", counties == null ? 0 : counties.rows().size()));
    }

    private void fill() {
        DataTable counties = code == null ? null : viewModel.countiesTable(code);
        if (counties == null) {
            return;
        }
        if (table == null) {
            table = new FigureTableView(actions, i18n);
            table.setPrefHeight(260);
            setContent(table);
        }
        if (table.table() != counties) {
            table.setTable(counties);
        }
    }

    /** The table, once the list has been opened (for tests); null before. */
    public FigureTableView table() {
        return table;
    }
}
