package org.cpatlas.ui.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cpatlas.core.MapData;
import org.cpatlas.geo.Feature;
import org.cpatlas.map.MapNavigator;
import org.cpatlas.map.RegionOverlay;
import org.cpatlas.map.ZoomOutCover;
import org.cpatlas.map.ZoomPreview;
import org.cpatlas.render.LabelLanguage;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.kit.Icon;
import org.locationtech.jts.geom.Envelope;

/**
 * The map of the window: Gluon MapView with the offline basemap, the region overlay, legend, scale bar, zoom buttons
 * and, on the whole-country view, the South China Sea islands inset (switched with the button under the zoom
 * buttons). Labels keep clear of everything laid over the map. It turns mouse and keyboard input into hover and click events in lon/lat; what a click means is
 * decided by the view-model, not here.
 */
public final class AtlasMapPane extends StackPane {

    /** China and its neighbours, the extent "reset" returns to. */
    public static final Envelope CHINA = new Envelope(73.0, 135.5, 17.5, 53.8);
    private static final double CLICK_TOLERANCE_PX = 4;
    private static final double FIRST_VIEW_MARGIN_PX = 10;
    private static final double KEY_PAN_PX = 120;
    /** JavaFX reports one wheel notch as 40 pixels of scroll. */
    private static final double WHEEL_NOTCH = 40;

    private MapData data;
    /** From this zoom the basemap draws county outlines, and hovering names the county under the pointer. */
    static final double COUNTY_HOVER_ZOOM = 6;
    /** Hover text of a county (where counties are drawn), given its feature; null: none. */
    private Function<Feature, String> countyTooltipText = county -> null;
    private final I18n i18n;
    private MapView mapView = new MapView();
    private MapNavigator navigator;
    private ZoomOutCover zoomOutCover;
    private ZoomPreview zoomPreview;
    private final RegionOverlay overlay;
    private final LegendView legend;
    private final ScaleBarView scaleBar = new ScaleBarView();
    private final VBox zoomButtons;
    /** The South China Sea islands inset, or null when the maps have none. */
    private final InsetView inset;
    /** The inset's switch: a plain button with a state, so the window has one toggle button (the theme's). */
    private final Button insetButton = new Button();
    /** The buttons' tooltips, made once the window's first frame is painted (see {@link #installTooltips}). */
    private final org.cpatlas.ui.kit.LaterTooltips tooltips = new org.cpatlas.ui.kit.LaterTooltips();
    private final javafx.beans.property.BooleanProperty insetOn = new javafx.beans.property.SimpleBooleanProperty(true);
    private final Label hoverTip = new Label();
    private final Pane tipLayer = new Pane(hoverTip);
    private Consumer<String> onHover = code -> { };
    private BiConsumer<Double, Double> onClick = (lon, lat) -> { };
    private BiConsumer<Double, Double> onCompareClick = (lon, lat) -> { };
    /** A region to bring into view at the next layout, once the map has its size beside the panel. */
    private String pendingReveal;
    private static final double REVEAL_MARGIN_PX = 40;
    private Function<String, String> tooltipText = code -> code;
    /** Hover text of a county or province under a county or province indicator (level, unit code). */
    private java.util.function.BiFunction<org.cpatlas.domain.Level, String, String> unitTooltipText =
            (level, code) -> code;
    private double pressX;
    private double pressY;
    private boolean dragged;
    private double wheel;
    private String hovered;
    private Envelope pendingExtent = CHINA;
    private double pendingMargin = 10;
    /** A centre and zoom to show at the next layout instead of an extent (the last view, restored), or null. */
    private double[] pendingCentre;

    /** @param tileThreads the threads that draw the region layer's tiles */
    public AtlasMapPane(MapData data, I18n i18n, MapTheme theme, RegionStyling styling,
            java.util.function.Supplier<org.cpatlas.render.AtlasFonts> labelFonts,
            java.util.concurrent.ExecutorService tileThreads) {
        this.data = Objects.requireNonNull(data, "data");
        this.i18n = i18n;
        getStyleClass().add("atlas-map");
        overlay = new RegionOverlay(data.drawable(), theme, styling, labelFonts, tileThreads);
        navigator = attach(mapView);
        mapView.setZoom(4);
        mapView.setCenter(35.5, 104.0);

        legend = new LegendView(i18n);
        legend.themeProperty().set(theme);
        legend.scaleProperty().set(styling.scale());
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));

        StackPane.setAlignment(scaleBar, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(scaleBar, new Insets(10, 14, 12, 10));

        zoomButtons = new VBox(4, iconButton(Icon.PLUS, "toolbar.zoomIn", () -> zoomAtCentre(1)),
                iconButton(Icon.MINUS, "toolbar.zoomOut", () -> zoomAtCentre(-1)));
        zoomButtons.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(zoomButtons, Pos.TOP_RIGHT);
        StackPane.setMargin(zoomButtons, new Insets(10));

        if (data.drawable().southChinaSea() != null) {
            inset = new InsetView(data.drawable().southChinaSea(), labelFonts, tileThreads, theme);
            StackPane.setAlignment(inset, Pos.BOTTOM_RIGHT);
            StackPane.setMargin(inset, new Insets(10, 14, 58, 10));
            insetButton.setGraphic(Icon.INSET.node());
            insetButton.getStyleClass().addAll("map-button", "button-icon", "map-inset-switch");
            insetButton.setFocusTraversable(false);
            tooltips.add(insetButton, i18n.text("map.insetTip"));
            insetButton.accessibleTextProperty().bind(i18n.text("map.inset"));
            insetButton.setOnAction(e -> insetOn.set(!insetOn.get()));
            insetOn.addListener(o -> {
                insetButton.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), insetOn.get());
                updateInset();
            });
            insetButton.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), true);
            zoomButtons.getChildren().add(insetButton);
        } else {
            inset = null;
        }

        hoverTip.getStyleClass().add("map-hover-tip");
        hoverTip.setVisible(false);
        hoverTip.setManaged(false);
        tipLayer.setMouseTransparent(true);
        tipLayer.setPickOnBounds(false);

        getChildren().addAll(mapView, tipLayer, legend, scaleBar, zoomButtons);
        if (inset != null) {
            getChildren().add(getChildren().indexOf(legend), inset);
        }
        overlay.setLabelObstacles(this::labelObstacles);
        // Repainted over the map at every frame of a pan or zoom: as pictures, copied rather than drawn anew.
        ControlPictures.keep(this, node -> node instanceof MapView || node == tipLayer);
        // A control floated over the map later (the indicator picker comes a frame after the window) moves the labels.
        getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> overlay.obstaclesChanged());
    }

    /**
     * Keeps the pictures the map draws with Java2D (its labels and inset) on {@code disk}, for the next start to show
     * without drawing them or loading the fonts.
     */
    public void keepPicturesOn(org.cpatlas.map.PictureDisk disk) {
        overlay.keepLabelPicturesOn(disk);
        if (inset != null) {
            inset.keepPicturesOn(disk);
        }
    }

    /** Shows the inset while the map shows the whole country and the inset is switched on. */
    private void updateInset() {
        if (inset != null) {
            boolean show = insetOn.get() && navigator != null
                    && org.cpatlas.render.SouthChinaSeaInset.wholeCountry(navigator.viewport());
            if (inset.isVisible() != show) {
                inset.setVisible(show);
                overlay.markLabelsDirty();
            }
        }
    }

    /** Switches the South China Sea islands inset of the whole-country view on or off. */
    public void setInsetShown(boolean shown) {
        insetOn.set(shown);
    }

    /** True when the inset is switched on (it shows on the whole-country view). */
    public boolean insetShown() {
        return inset != null && insetOn.get();
    }

    /** The button that switches the inset (for tests). */
    public Button insetSwitch() {
        return insetButton;
    }

    /** True when the inset is on screen now (for tests). */
    public boolean insetVisible() {
        return inset != null && inset.isVisible();
    }

    /**
     * What is laid over the map, in the map view's pixels: labels keep clear of it. Every control floated over the map
     * counts (legend, scale bar, buttons, inset, and what the window adds, such as the indicator picker: a label of
     * Qinba's sat under that picker while only the pane's own controls were listed), but the hover tip's layer.
     */
    public java.util.List<java.awt.geom.Rectangle2D> labelObstacles() {
        java.util.List<java.awt.geom.Rectangle2D> boxes = new java.util.ArrayList<>();
        for (javafx.scene.Node node : getChildren()) {
            if (node != mapView && node != tipLayer && node.isVisible()) {
                javafx.geometry.Bounds b = node.getBoundsInParent();
                boxes.add(new java.awt.geom.Rectangle2D.Double(b.getMinX() - mapView.getLayoutX(),
                        b.getMinY() - mapView.getLayoutY(), b.getWidth(), b.getHeight()));
            }
        }
        return boxes;
    }

    /**
     * Puts the map's layers on a map view (the zoom-out cover, the overlay, a new navigator and a new wheel picture)
     * and listens to its input; returns the view's navigator.
     */
    private MapNavigator attach(MapView view) {
        MapNavigator nav = new MapNavigator(view);
        zoomOutCover = new ZoomOutCover();
        view.addLayer(zoomOutCover);
        view.addLayer(overlay);
        view.addLayer(nav);
        zoomPreview = new ZoomPreview();
        view.addLayer(zoomPreview);
        view.setFocusTraversable(true);
        view.accessibleTextProperty().bind(new org.cpatlas.ui.kit.WindowTexts(i18n).text("accessible.map"));
        nav.addViewListener(() -> {
            scaleBar.update(nav.viewport());
            updateInset();
        });
        registerInput(view);
        return nav;
    }

    /**
     * Shows the basemap's own tiles (true) or none (false) after the tile source was told which
     * ({@code TileService#showBlank}: a county or province indicator draws the basemap in its own tiles). Hidden,
     * the map view keeps them, and shows them again as they are if the map has not moved
     * ({@link MapNavigator#hideBasemap}); otherwise a new map view asks for its tiles ({@link #refreshBasemap}).
     */
    public void showBasemap(boolean shown) {
        if (shown ? !navigator.showHiddenBasemap() : !navigator.hideBasemap()) {
            refreshBasemap();
        }
    }

    /**
     * Shows freshly drawn basemap tiles (after a theme change). Gluon Maps keeps the tiles it has loaded and offers
     * no way to drop them, so the map view is replaced by a new one at the same centre and zoom.
     */
    public void refreshBasemap() {
        MapViewport shown = navigator.viewport();
        // Before a county indicator, the tile source keeps the basemap's pictures for the switch back (TileService).
        navigator.offerBasemapPictures();
        MapView old = mapView;
        old.removeLayer(zoomOutCover);
        old.removeLayer(zoomPreview);
        old.removeLayer(overlay);
        old.removeLayer(navigator);
        MapView fresh = new MapView();
        navigator = attach(fresh);
        fresh.setZoom(shown.zoom());
        fresh.setCenter(shown.centerLat(), shown.centerLon());
        mapView = fresh;
        getChildren().set(getChildren().indexOf(old), fresh);
    }

    private Button iconButton(Icon icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, icon.node());
        button.getStyleClass().addAll("map-button", "button-icon");
        tooltips.add(button, org.cpatlas.ui.kit.WindowAction.forLabel(tooltipKey)
                .map(new org.cpatlas.ui.kit.WindowTexts(i18n)::tooltip).orElse(i18n.text(tooltipKey)));
        button.accessibleTextProperty().bind(i18n.text(tooltipKey));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    private void registerInput(MapView view) {
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
            dragged = false;
            view.requestFocus();
        });
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_TOLERANCE_PX) {
                dragged = true;
                hideTip();
            }
        });
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragged && e.isStillSincePress()) {
                MapPoint p = view.getMapPosition(e.getX(), e.getY());
                (e.isShortcutDown() ? onCompareClick : onClick).accept(p.getLongitude(), p.getLatitude());
                if (e.getClickCount() == 2) {
                    regionAt(p.getLongitude(), p.getLatitude()).ifPresent(f -> zoomToRegion(f.text("code")));
                }
            }
        });
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            setHovered(null);
            hideTip();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // Replaces MapView's own wheel handler, which zooms by tenths of a level: the map zooms by whole levels
        // (see MapNavigator.zoomSteps), one per wheel notch, trackpad deltas summed until they make a notch.
        view.setOnScroll(this::onScroll);
        view.addEventHandler(ZoomEvent.ZOOM_FINISHED, e -> navigator.settleZoom(e.getX(), e.getY()));
    }

    private void onScroll(ScrollEvent e) {
        wheel += e.getDeltaY();
        int notches = (int) (wheel / WHEEL_NOTCH);
        if (notches != 0) {
            wheel -= notches * WHEEL_NOTCH;
            navigator.zoomSteps(notches, e.getX(), e.getY());
        }
        e.consume();
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> navigator.panBy(-KEY_PAN_PX, 0);
            case RIGHT -> navigator.panBy(KEY_PAN_PX, 0);
            case UP -> navigator.panBy(0, -KEY_PAN_PX);
            case DOWN -> navigator.panBy(0, KEY_PAN_PX);
            case PLUS, ADD, EQUALS -> zoomAtCentre(1);
            case MINUS, SUBTRACT -> zoomAtCentre(-1);
            case HOME -> resetExtent();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void hoverAt(double x, double y) {
        MapPoint p = mapView.getMapPosition(x, y);
        String code = data.identifier().regions().first(p.getLongitude(), p.getLatitude())
                .map(f -> f.text("code")).orElse(null);
        setHovered(code);
        if (overlay.styling().indicator() == null && mapView.getZoom() >= COUNTY_HOVER_ZOOM) {
            String countyText = data.identifier().counties().first(p.getLongitude(), p.getLatitude())
                    .map(countyTooltipText).orElse(null);
            if (countyText != null) {
                hoverTip.setText(countyText);
                hoverTip.autosize();
                hoverTip.relocate(Math.min(x + 14, getWidth() - hoverTip.getWidth() - 4), Math.max(4, y - 28));
                hoverTip.setVisible(true);
                return;
            }
        }
        org.cpatlas.render.IndicatorMap indicator = overlay.styling().indicator();
        String unitText = null;
        if (indicator != null && indicator.level() != org.cpatlas.domain.Level.REGION) {
            var layer = indicator.level() == org.cpatlas.domain.Level.COUNTY ? data.identifier().counties()
                    : data.identifier().provinces();
            unitText = layer.first(p.getLongitude(), p.getLatitude()).map(f -> f.text("code"))
                    .filter(c -> !c.isEmpty()).map(c -> unitTooltipText.apply(indicator.level(), c)).orElse(null);
        }
        if (code == null && unitText == null) {
            hideTip();
        } else {
            hoverTip.setText(unitText != null ? unitText : tooltipText.apply(code));
            hoverTip.autosize();
            hoverTip.relocate(Math.min(x + 14, getWidth() - hoverTip.getWidth() - 4), Math.max(4, y - 28));
            hoverTip.setVisible(true);
        }
    }

    private void setHovered(String code) {
        if (!Objects.equals(code, hovered)) {
            hovered = code;
            overlay.setStyling(overlay.styling().withHovered(code));
            onHover.accept(code);
        }
    }

    private void hideTip() {
        hoverTip.setVisible(false);
    }

    private void zoomAtCentre(int levels) {
        navigator.zoomSteps(levels, mapView.getWidth() / 2, mapView.getHeight() / 2);
    }

    public void setOnHover(Consumer<String> handler) {
        this.onHover = Objects.requireNonNull(handler);
    }

    public void setOnClick(BiConsumer<Double, Double> handler) {
        this.onClick = Objects.requireNonNull(handler);
    }

    /** What a click with Ctrl (Cmd on a Mac) held does: compare the region there with the selected one. */
    public void setOnCompareClick(BiConsumer<Double, Double> handler) {
        this.onCompareClick = Objects.requireNonNull(handler);
    }

    public void setTooltipText(Function<String, String> text) {
        this.tooltipText = Objects.requireNonNull(text);
    }

    /** The hover text of a county or province while a county or province indicator is shown. */
    public void setUnitTooltipText(java.util.function.BiFunction<org.cpatlas.domain.Level, String, String> text) {
        this.unitTooltipText = Objects.requireNonNull(text);
    }

    /** Applies new fills/selection; keeps the current hover. */
    public void setStyling(RegionStyling styling) {
        overlay.setStyling(styling.withHovered(hovered));
        legend.show(styling.indicator(), styling.scale());
    }

    /** Shades the selected region's provinces by gap (see {@link RegionOverlay#setProvinceGaps}). */
    public void setProvinceGaps(java.util.Map<String, java.math.BigDecimal> gaps) {
        overlay.setProvinceGaps(gaps);
        legend.showProvinceShading(!gaps.isEmpty());
    }

    public void setTheme(MapTheme theme) {
        overlay.setTheme(theme);
        legend.themeProperty().set(theme);
        if (inset != null) {
            inset.setTheme(theme);
        }
    }

    public void setLabelLanguage(LabelLanguage language) {
        overlay.setLanguage(language);
    }

    /**
     * Draws the map of another county list (the list in force changed): regions, hit test and county hover from
     * {@code newData}; the view stays where it is.
     */
    public void setData(MapData newData) {
        this.data = Objects.requireNonNull(newData, "newData");
        overlay.setLayers(newData.drawable());
    }

    /** Does what a click at that place does (for tests: Monocle has no pointer to click with). */
    public void click(double lon, double lat) {
        onClick.accept(lon, lat);
    }

    /** The map data drawn now (the county list in force's). */
    public MapData data() {
        return data;
    }

    /** Hover text of a county where counties are drawn (zoom 6 and closer); null for none. */
    public void setCountyTooltipText(Function<Feature, String> text) {
        this.countyTooltipText = Objects.requireNonNull(text);
    }

    /** Zooms to an extent (a county's), with a margin in pixels; an empty extent is ignored. */
    public void zoomTo(Envelope extent, double margin) {
        if (extent != null && !extent.isNull()) {
            show(extent, margin);
        }
    }

    /** Zooms so the region fills the map, with room for the legend. */
    public void zoomToRegion(String code) {
        Envelope envelope = overlay.envelopeOf(code);
        if (envelope != null) {
            show(envelope, 60);
        }
    }

    /**
     * Starts drawing the region tiles of the first view for a map of about this size, before the window is laid
     * out; the first layout then finds them drawn or being drawn.
     */
    /** Gives the map's buttons and the legend's fold button their tooltips: called once the first frame is painted. */
    public void installTooltips() {
        tooltips.install();
        legend.installTooltips();
    }

    public void prefetchFirstView(double width, double height) {
        overlay.prefetch(MapNavigator.showing(CHINA, width, height, FIRST_VIEW_MARGIN_PX));
    }

    public void resetExtent() {
        show(CHINA, FIRST_VIEW_MARGIN_PX);
    }

    /**
     * Shows an extent at the next layout, when the map's final size is known: before the first layout Gluon Maps
     * centres on a 0 x 0 view, and opening the side panel narrows the map in the same pulse as a selection.
     */
    private void show(Envelope extent, double margin) {
        pendingCentre = null;
        pendingExtent = extent;
        pendingMargin = margin;
        requestLayout();
    }

    /**
     * Makes sure a selected region can be seen: when the middle of its extent lies outside the map (the side panel
     * opening beside the map narrows it, and a region near the right edge would end up where the panel now is), the
     * map is moved, at the same zoom, to put it in the middle. Done at the next layout, when the map has its new size.
     */
    public void bringIntoView(String code) {
        pendingReveal = code;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        if (pendingExtent != null) {
            Envelope extent = pendingExtent;
            pendingExtent = null;
            pendingReveal = null; // the extent shows the region already
            navigator.show(extent, pendingMargin);
        } else if (pendingCentre != null) {
            double[] centre = pendingCentre;
            pendingCentre = null;
            navigator.showCentre(centre[0], centre[1], centre[2]);
        } else if (pendingReveal != null) {
            String code = pendingReveal;
            pendingReveal = null;
            reveal(code);
        }
    }

    private void reveal(String code) {
        Envelope envelope = overlay.envelopeOf(code);
        if (envelope == null) {
            return;
        }
        javafx.geometry.Point2D centre = screenPointOf(envelope.centre().x, envelope.centre().y);
        if (centre == null) {
            return;
        }
        double w = mapView.getWidth();
        double h = mapView.getHeight();
        boolean inView = centre.getX() >= REVEAL_MARGIN_PX && centre.getX() <= w - REVEAL_MARGIN_PX
                && centre.getY() >= REVEAL_MARGIN_PX && centre.getY() <= h - REVEAL_MARGIN_PX;
        if (!inView) {
            navigator.panBy(Math.rint(centre.getX() - w / 2), Math.rint(centre.getY() - h / 2));
        }
    }

    /** True when the middle of the region's extent is on the visible map (for tests). */
    public boolean showsMiddleOf(String code) {
        Envelope envelope = overlay.envelopeOf(code);
        javafx.geometry.Point2D centre = envelope == null ? null
                : screenPointOf(envelope.centre().x, envelope.centre().y);
        return centre != null && mapView.getLayoutBounds().contains(centre);
    }

    /**
     * Shows this centre at this whole zoom level at the next layout, when the map's size is known (the view the user
     * left, restored at start).
     */
    public void showCentre(double lon, double lat, double zoom) {
        pendingExtent = null;
        pendingCentre = new double[] {lon, lat, zoom};
        requestLayout();
    }

    /** What the map shows now: the extent print and export reproduce. */
    public MapViewport currentViewport() {
        return navigator.viewport();
    }

    /** The screen position (in this pane) of a lon/lat, for tests that click on a known place. */
    public javafx.geometry.Point2D screenPointOf(double lon, double lat) {
        return overlay.screenPoint(lon, lat);
    }

    public MapView mapView() {
        return mapView;
    }

    /** The layer that shows the last level drawn while the map zooms out to a level not drawn yet. */
    public ZoomOutCover zoomOutCover() {
        return zoomOutCover;
    }

    /** The picture of the map shown while a wheel turns. */
    public ZoomPreview zoomPreview() {
        return zoomPreview;
    }

    public RegionOverlay overlay() {
        return overlay;
    }

    public ScaleBarView scaleBar() {
        return scaleBar;
    }

    public LegendView legend() {
        return legend;
    }

    /** The region feature under a lon/lat, if any (same index as clicks use). */
    public java.util.Optional<Feature> regionAt(double lon, double lat) {
        return data.identifier().regions().first(lon, lat);
    }
}
