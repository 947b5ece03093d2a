package org.cpatlas.ui.panel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.cpatlas.ui.I18n;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
import org.cpatlas.ui.viewmodel.RegionDetails;

/**
 * The side panels of the selected region (see {@link RegionPage}). Binds to the view-model; holds no logic of its
 * own.
 *
 * <p>One page per region, made at its first selection and kept: selecting a region again shows its page as it was
 * laid out, whereas refilling one page made a click lay out every wrapped text line of the sources anew (most of a
 * click's time in the software pipeline). The hidden pages stay in the panel, out of layout, so that they keep
 * their styles and text layout.
 */
public final class RegionPanel extends ScrollPane {

    private static final double MIN_LINE_WIDTH = 120;

    private final AtlasViewModel viewModel;
    private final I18n i18n;
    private final String fontFamily;
    private final StackPane pages = new StackPane();
    private final Map<String, RegionPage> pageOfRegion = new HashMap<>();
    private RegionPage current;
    private final Label empty = new Label();
    /**
     * The width of the panel's text, inside its padding. A property set only when the width changes, not a binding
     * on the viewport bounds: the scroll pane sets new bounds at every layout, and each invalidation made every
     * line lay its text out again, which asked for another layout: the panel re-laid and repainted itself at every
     * pulse while nothing changed.
     */
    private final DoubleProperty lineWidth = new SimpleDoubleProperty(MIN_LINE_WIDTH);

    public RegionPanel(AtlasViewModel viewModel, I18n i18n, String fontFamily) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.fontFamily = fontFamily;
        getStyleClass().add("region-panel");
        viewportBoundsProperty().addListener((o, old, bounds) ->
                lineWidth.set(Math.max(MIN_LINE_WIDTH, bounds.getWidth() - 2 * RegionPage.PADDING)));
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        empty.setWrapText(true);
        empty.textProperty().bind(i18n.text("panel.empty"));
        empty.getStyleClass().add("text-muted");
        pages.setAlignment(javafx.geometry.Pos.TOP_LEFT);
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
        if (viewModel.details() != null) {
            show(viewModel.details()); // made after a selection: shows it at once
        }
    }

    private void show(RegionDetails d) {
        if (d == null) {
            setContent(empty);
            return;
        }
        RegionPage page = pageOfRegion.computeIfAbsent(d.code(), code -> newPage());
        page.show(d); // nothing to do when it shows these details already (a language change brings new ones)
        if (current != page) {
            if (current != null) {
                RegionPage.showIf(current, false);
            }
            RegionPage.showIf(page, true);
            current = page;
        }
        if (getContent() != pages) {
            setContent(pages);
        }
        setVvalue(0);
    }

    private RegionPage newPage() {
        RegionPage page = new RegionPage(viewModel, i18n, fontFamily, lineWidth);
        RegionPage.showIf(page, false);
        pages.getChildren().add(page);
        return page;
    }

    /** The page shown now, or null before the first selection. */
    public RegionPage page() {
        return current;
    }

    /** The lines of the "other figures" and "sources" lists shown (for tests). */
    public List<String> listedLines() {
        return current == null ? List.of() : current.listedLines();
    }

    /** The province table shown (for tests). */
    public ProvinceTable table() {
        return current.table();
    }

    public GapChart chart() {
        return current.chart();
    }

    public Label titleLabel() {
        return current == null ? empty : current.titleLabel();
    }

    public Label rateLabel() {
        return current.rateLabel();
    }
}
