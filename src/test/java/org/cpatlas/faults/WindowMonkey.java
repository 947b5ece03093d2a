package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.geo.Feature;
import org.cpatlas.map.MapNavigator;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.Paper;
import org.cpatlas.render.MapViewport;
import org.cpatlas.testing.Patience;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.map.AtlasMapPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded monkey for the real window: each action is what a user does (click a region or the empty sea, hover, turn
 * the wheel, drag the map, search, switch language or theme, export, press Esc or Home), done through the robot or
 * the events the window handles, and each is followed by a check of its effect where it has one. The same seed gives
 * the same actions on the same window, so a failure names the seed and action that replay it.
 */
final class WindowMonkey {

    /** What the monkey does, with its weight out of 100. */
    enum Action {
        CLICK(19), CLICK_REGION(9), HOVER(15), WHEEL(12), DRAG(10), SEARCH(8), ESCAPE(7), HOME(6), LANGUAGE(5),
        THEME(4), EXPORT(2), INDICATOR(3);

        final int weight;

        Action(int weight) {
            this.weight = weight;
        }
    }

    /** The margin of the map kept clear of its legend (bottom left), scale bar (bottom right) and zoom buttons. */
    private static final double LEFT = 0.15;
    private static final double RIGHT = 0.75;
    private static final double TOP = 0.12;
    private static final double BOTTOM = 0.72;
    /** Home shows China with this margin (AtlasMapPane's first view). */
    private static final double HOME_MARGIN_PX = 10;

    private final AtlasApplication app;
    private final FxRobot robot;
    private final Dialogs dialogs;
    private final Path exports;
    private final Random random;
    private final Map<Action, Integer> done = new EnumMap<>(Action.class);
    /** Time spent in each kind of action, checks included (for the report: where a soak's minutes go). */
    private final Map<Action, Long> nanos = new EnumMap<>(Action.class);
    private final AtomicInteger exportCount = new AtomicInteger();

    WindowMonkey(AtlasApplication app, FxRobot robot, Dialogs dialogs, Path exports, long seed) {
        this.app = app;
        this.robot = robot;
        this.dialogs = dialogs;
        this.exports = exports;
        this.random = new Random(seed);
    }

    /**
     * Chooses the next action; the choice depends only on the seed and the actions before. {@code -Dsoak.only=THEME,
     * HOME} limits the monkey to some actions, to find which of them a failure needs.
     */
    Action next() {
        java.util.Set<Action> only = only();
        while (true) {
            int roll = random.nextInt(100);
            for (Action action : Action.values()) {
                roll -= action.weight;
                if (roll < 0) {
                    if (only.contains(action)) {
                        return action;
                    }
                    break;
                }
            }
        }
    }

    private static java.util.Set<Action> only() {
        String names = System.getProperty("soak.only", "");
        if (names.isBlank()) {
            return java.util.EnumSet.allOf(Action.class);
        }
        java.util.Set<Action> set = java.util.EnumSet.noneOf(Action.class);
        for (String name : names.split(",")) {
            set.add(Action.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        }
        return set;
    }

    /** Does the action and checks its effect; returns a description for failure reports. */
    String perform(Action action, StringBuilder how) throws Exception {
        how.append(action);
        long start = System.nanoTime();
        switch (action) {
            case CLICK -> click(how);
            case CLICK_REGION -> clickRegion(how);
            case HOVER -> hover(how);
            case WHEEL -> wheel(how);
            case DRAG -> drag(how);
            case SEARCH -> search(how);
            case ESCAPE -> escape(how);
            case HOME -> home();
            case LANGUAGE -> language();
            case THEME -> theme();
            case EXPORT -> export(how);
            case INDICATOR -> indicator(how);
        }
        done.merge(action, 1, Integer::sum);
        nanos.merge(action, System.nanoTime() - start, Long::sum);
        return how.toString();
    }

    Map<Action, Integer> done() {
        return done;
    }

    /** Seconds spent in each kind of action so far. */
    Map<Action, Long> seconds() {
        Map<Action, Long> out = new EnumMap<>(Action.class);
        nanos.forEach((action, n) -> out.put(action, Math.round(n / 1e9)));
        return out;
    }

    int exports() {
        return exportCount.get();
    }

    // Actions ----------------------------------------------------------------------------------------------------

    private void click(StringBuilder how) {
        Spot spot = clearSpot();
        how.append(' ').append(spot);
        robot.clickOn(screen(spot.local()));
        WaitForAsyncUtils.waitForFxEvents();
        assertSelection(spot.region());
    }

    private void clickRegion(StringBuilder how) throws Exception {
        List<RegionSummary> regions = app.core().store().repository().regions();
        RegionSummary region = regions.get(random.nextInt(regions.size()));
        how.append(' ').append(region.code());
        Optional<Spot> spot = spotInside(region.code());
        if (spot.isEmpty()) {
            how.append(" (not in view: Home first)");
            home();
            spot = spotInside(region.code());
        }
        if (spot.isEmpty()) {
            how.append(" (under the legend: skipped)");
            return;
        }
        robot.clickOn(screen(spot.get().local()));
        WaitForAsyncUtils.waitForFxEvents();
        assertSelection(region.code());
    }

    private void hover(StringBuilder how) {
        Spot spot = clearSpot();
        how.append(' ').append(spot);
        robot.moveTo(screen(spot.local()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> map().overlay().styling().hovered())).as("the region under the mouse is highlighted")
                .isEqualTo(spot.region());
    }

    private void wheel(StringBuilder how) {
        int notches = pickOf(-2, -1, 1, 2);
        Point2D at = randomLocal();
        double before = onFx(() -> map().currentViewport().zoom());
        how.append(' ').append(notches).append(" at ").append(at);
        AtlasMapPane map = map();
        Point2D scene = onFx(() -> map.localToScene(at));
        Point2D screen = onFx(() -> map.localToScreen(at));
        robot.interact(() -> javafx.event.Event.fireEvent(map.mapView(), new ScrollEvent(ScrollEvent.SCROLL,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, false, false, false, false, false,
                0, 40 * notches, 0, 40 * notches, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
        // Never below the lowest level that fills the view's height, nor above 12; a zoom out never zooms in.
        double lowest = onFx(() -> (double) MapNavigator.lowestZoom(map().mapView().getHeight()));
        double expected = Math.max(Math.min(Math.rint(before), lowest), Math.min(12, Math.rint(before) + notches));
        assertThat(onFx(() -> map().currentViewport().zoom())).as("zoom after %d notches from %s", notches, before)
                .isEqualTo(expected);
    }

    private void drag(StringBuilder how) {
        Point2D from = randomLocal();
        double w = onFx(() -> map().mapView().getWidth());
        double h = onFx(() -> map().mapView().getHeight());
        Point2D to = new Point2D(clamp(from.getX() + signed(40, 220), LEFT * w, RIGHT * w),
                clamp(from.getY() + signed(40, 160), TOP * h, BOTTOM * h));
        if (from.distance(to) < 30) {
            to = new Point2D(from.getX() < w / 2 ? from.getX() + 60 : from.getX() - 60, from.getY());
        }
        double[] lonLat = onFx(() -> {
            var p = map().mapView().getMapPosition(from.getX(), from.getY());
            return new double[] {p.getLongitude(), p.getLatitude()};
        });
        how.append(' ').append(from).append(" -> ").append(to);
        robot.drag(screen(from)).moveTo(screen(to)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Point2D now = onFx(() -> map().screenPointOf(lonLat[0], lonLat[1]));
        // The map stops at the edges of the world (Web Mercator ends at 85.05 degrees): along an axis where an edge
        // is in view the place may lag behind the mouse, never pass it.
        boolean edgeAcross = onFx(() -> map().screenPointOf(lonLat[0], 85.05).getY() >= -1
                || map().screenPointOf(lonLat[0], -85.05).getY() <= h + 1);
        boolean edgeAlong = onFx(() -> map().screenPointOf(-180, lonLat[1]).getX() >= -1
                || map().screenPointOf(180, lonLat[1]).getX() <= w + 1);
        String what = String.format(Locale.ROOT, "the place under the mouse follows it (%.3f, %.3f now at %s)",
                lonLat[0], lonLat[1], now);
        if (!edgeAlong) {
            assertThat(Math.abs(now.getX() - to.getX())).as(what).isLessThan(2.5);
        }
        if (!edgeAcross) {
            assertThat(Math.abs(now.getY() - to.getY())).as(what).isLessThan(2.5);
        }
        assertThat(Math.abs(now.getX() - from.getX())).as(what + ": never past the mouse")
                .isLessThanOrEqualTo(Math.abs(to.getX() - from.getX()) + 2.5);
        assertThat(Math.abs(now.getY() - from.getY())).as(what + ": never past the mouse")
                .isLessThanOrEqualTo(Math.abs(to.getY() - from.getY()) + 2.5);
    }

    private void search(StringBuilder how) {
        List<RegionSummary> regions = app.core().store().repository().regions();
        RegionSummary region = regions.get(random.nextInt(regions.size()));
        String text = switch (random.nextInt(6)) {
            case 0 -> region.code();
            case 1 -> region.nameEn();
            case 2 -> region.nameZh();
            case 3 -> region.nameEn().toUpperCase(Locale.ROOT);
            case 4 -> region.nameEn().substring(0, Math.min(4, region.nameEn().length()));
            default -> "zzq" + random.nextInt(100);
        };
        how.append(" '").append(text).append('\'');
        String before = onFx(() -> map().overlay().outlinedSelection());
        String expected = expectedSearchHit(text).orElse(before);
        TextField field = app.window().searchField();
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        closePopups();
        assertSelection(expected);
    }

    private void escape(StringBuilder how) {
        boolean popup = popupShowing();
        how.append(popup ? " (closes the suggestions)" : "");
        String before = onFx(() -> map().overlay().outlinedSelection());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        if (popup) {
            assertThat(popupShowing()).as("Esc closes the suggestions").isFalse();
            assertSelection(before);
        } else {
            assertSelection(null);
        }
    }

    private void home() {
        closePopups();
        robot.interact(() -> map().mapView().requestFocus());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport expected = onFx(() -> MapNavigator.showing(AtlasMapPane.CHINA, map().mapView().getWidth(),
                map().mapView().getHeight(), HOME_MARGIN_PX));
        MapViewport now = onFx(() -> map().currentViewport());
        assertThat(now.zoom()).as("Home shows all of China").isEqualTo(expected.zoom());
        assertThat(now.centerLon()).isCloseTo(expected.centerLon(), org.assertj.core.data.Offset.offset(0.05));
        assertThat(now.centerLat()).isCloseTo(expected.centerLat(), org.assertj.core.data.Offset.offset(0.05));
    }

    private void language() {
        closePopups();
        Button language = robot.lookup(".language-switch").queryButton();
        boolean wasChinese = app.i18n().isChinese();
        robot.clickOn(language);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.i18n().isChinese()).isNotEqualTo(wasChinese);
        assertThat(onFx(language::getText)).as("the switch offers the other language")
                .isEqualTo(wasChinese ? "中文" : "English");
        assertThat(onFx(() -> app.window().searchField().getPromptText()))
                .as("the search field speaks the language").startsWith(wasChinese ? "Find" : "查找片区");
        String selected = onFx(() -> map().overlay().outlinedSelection());
        if (selected != null) {
            assertThat(onFx(() -> app.window().panel().titleLabel().getText())).isEqualTo(nameOf(selected));
        }
    }

    private void theme() {
        closePopups();
        ToggleButton toggle = robot.lookup((Node n) -> n instanceof ToggleButton).query();
        boolean wasDark = onFx(toggle::isSelected);
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(toggle::isSelected)).isNotEqualTo(wasDark);
        assertThat(onFx(Application::getUserAgentStylesheet)).as("the window's stylesheet")
                .containsIgnoringCase(wasDark ? "light" : "dark");
    }

    /**
     * Maps another indicator, as the picker does: Table 1's rate, a county choropleth of the imported sample or a
     * region indicator. Checked once its tiles are settled: the legend names it, and the selection is kept.
     */
    private void indicator(StringBuilder how) {
        List<String> codes = onFx(() -> app.indicators().indicators().stream()
                .map(org.cpatlas.domain.IndicatorInfo::code).toList());
        String code = codes.get(random.nextInt(codes.size()));
        how.append(' ').append(code);
        String selected = onFx(() -> map().overlay().outlinedSelection());
        assertThat(onFx(() -> app.indicators().select(code))).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> onFx(() -> map().overlay()
                    .tilesSettled()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the map's tiles for " + code + " were not drawn in " + Patience.SECONDS + " s");
        }
        org.cpatlas.render.IndicatorMap shown = onFx(() -> map().legend().indicatorProperty().get());
        org.cpatlas.render.IndicatorMap mapped = onFx(() -> app.indicators().mapProperty().get());
        if (mapped == null) {
            assertThat(code).as("only Table 1's map is drawn as the atlas's own").isEqualTo(
                    org.cpatlas.store.IndicatorCatalog.TABLE1_RATE);
        } else {
            assertThat(mapped.info().code()).isEqualTo(code);
            assertThat(shown).as("the legend shows the indicator mapped").isNotNull();
            assertThat(shown.info().code()).isEqualTo(code);
        }
        assertSelection(selected);
    }

    private void export(StringBuilder how) throws Exception {
        closePopups();
        boolean regionSelected = onFx(() -> map().overlay().outlinedSelection()) != null;
        int n = exportCount.incrementAndGet();
        int before = dialogs.shown.size();
        robot.interact(() -> map().mapView().requestFocus());
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> exportDialog().isPresent());
        DialogPane pane = exportDialog().orElseThrow();
        @SuppressWarnings("unchecked")
        List<ChoiceBox<Object>> choices = onFx(() -> pane.lookupAll(".choice-box").stream()
                .map(c -> (ChoiceBox<Object>) c).toList());
        Spinner<?> dpiSpinner = (Spinner<?>) onFx(() -> pane.lookup(".spinner"));
        // What (map, the region's sheet when one is selected, rarely the 14-page atlas), then the format.
        ChoiceBox<Object> what = choices.get(0);
        ChoiceBox<Object> format = choices.get(1);
        List<Object> whats = onFx(() -> List.copyOf(what.getItems()));
        Object chosenWhat = random.nextInt(8) == 0 ? whats.get(whats.size() - 1) : whats.get(random.nextInt(
                whats.size() - 1));
        robot.interact(() -> what.setValue(chosenWhat));
        List<Object> formats = onFx(() -> List.copyOf(format.getItems()));
        Object chosenFormat = onFx(format::isDisabled) ? onFx(format::getValue)
                : formats.get(random.nextInt(formats.size()));
        robot.interact(() -> format.setValue(chosenFormat));
        int dpi = 72 + random.nextInt(79);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> spinner = (Spinner<Integer>) dpiSpinner;
            spinner.getValueFactory().setValue(dpi);
        });
        String ext = chosenFormat.toString().toLowerCase(Locale.ROOT);
        Path target = exports.resolve("export-" + n + "." + ext);
        dialogs.nextSaveAs = target;
        how.append(' ').append(chosenWhat).append(' ').append(chosenFormat).append(" at ").append(dpi)
                .append(" dpi to ").append(target.getFileName()).append(regionSelected ? " (region selected)" : "");
        Button ok = (Button) onFx(() -> pane.lookupButton(ButtonType.OK));
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(Patience.WARM_UP.toSeconds(), TimeUnit.SECONDS,
                () -> dialogs.shown.size() > before && exportDialog().isEmpty() && !progressShowing());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> told = List.copyOf(dialogs.shown.subList(before, dialogs.shown.size()));
        assertThat(told).as("what the window said").hasSize(1);
        assertThat(told.get(0)).as("what the window said").startsWith("information: ").contains(target.toString());
        checkExport(target, chosenWhat.toString(), ext, dpi);
    }

    // Effects ----------------------------------------------------------------------------------------------------

    /** The selection shown: outlined on the map, the panel open with the region's name, or neither. */
    private void assertSelection(String code) {
        assertThat(onFx(() -> map().overlay().outlinedSelection())).as("selected region").isEqualTo(code);
        assertThat(onFx(() -> app.window().panelShown())).as("panel shown").isEqualTo(code != null);
        if (code != null) {
            assertThat(onFx(() -> app.window().panel().titleLabel().getText())).isEqualTo(nameOf(code));
        }
    }

    private static void checkExport(Path file, String what, String ext, int dpi) throws IOException {
        assertThat(file).exists();
        assertThat(Files.size(file)).as(file + " is not empty").isPositive();
        switch (ext) {
            case "pdf" -> {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    assertThat(pdf.getNumberOfPages()).as("pages of " + what).isEqualTo(what.equals("ATLAS") ? 14 : 1);
                }
            }
            case "png" -> {
                var image = ImageIO.read(file.toFile());
                assertThat(image).as(file + " is a PNG").isNotNull();
                var size = PageSetup.of(Paper.A4, Orientation.LANDSCAPE).pixelSize(new Dpi(dpi));
                assertThat(new int[] {image.getWidth(), image.getHeight()}).as("pixels of an A4 page at " + dpi)
                        .containsExactly(size.width(), size.height());
            }
            default -> {
                try {
                    var root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                            .getDocumentElement();
                    assertThat(root.getTagName()).isEqualTo("svg");
                } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
                    throw new AssertionError(file + " is not well-formed SVG: " + e.getMessage(), e);
                }
            }
        }
        Files.delete(file);
    }

    // Where to act ----------------------------------------------------------------------------------------------

    /** A point of the map and the region there (null for none), with the same region a few pixels around it. */
    record Spot(Point2D local, double lon, double lat, String region) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "(%.3f, %.3f) %s", lon, lat, region == null ? "no region" : region);
        }
    }

    private Spot clearSpot() {
        for (int attempt = 0; attempt < 50; attempt++) {
            Spot spot = spotAt(randomLocal());
            if (spot != null) {
                return spot;
            }
        }
        throw new AssertionError("no point of the map away from a border in 50 tries");
    }

    /** A spot inside the region, in the clear part of the map, if the region shows there. */
    private Optional<Spot> spotInside(String code) {
        AtlasMapPane map = map();
        org.locationtech.jts.geom.Coordinate anchor = onFx(() -> regionAnchor(code));
        Point2D local = onFx(() -> map.screenPointOf(anchor.x, anchor.y));
        double w = onFx(() -> map.mapView().getWidth());
        double h = onFx(() -> map.mapView().getHeight());
        if (local.getX() < LEFT * w || local.getX() > RIGHT * w || local.getY() < TOP * h || local.getY() > BOTTOM * h
                || !clearOfOverlays(local)) {
            return Optional.empty();
        }
        Spot spot = spotAt(local);
        return spot != null && code.equals(spot.region()) ? Optional.of(spot) : Optional.empty();
    }

    private org.locationtech.jts.geom.Coordinate regionAnchor(String code) {
        var layer = app.core().maps().drawable().regions();
        for (int i = 0; i < layer.size(); i++) {
            if (code.equals(layer.feature(i).text("code"))) {
                return layer.labelAnchor(i);
            }
        }
        throw new AssertionError("no region " + code + " in the map");
    }

    /**
     * The spot at a map pixel, or null when a region border passes within 3 pixels (a click could land either side).
     */
    private Spot spotAt(Point2D local) {
        return onFx(() -> {
            AtlasMapPane map = map();
            String region = regionAtPixel(map, local.getX(), local.getY());
            for (double[] d : new double[][] {{3, 0}, {-3, 0}, {0, 3}, {0, -3}, {2, 2}, {-2, -2}}) {
                if (!java.util.Objects.equals(region, regionAtPixel(map, local.getX() + d[0], local.getY() + d[1]))) {
                    return null;
                }
            }
            var p = map.mapView().getMapPosition(local.getX(), local.getY());
            return new Spot(local, p.getLongitude(), p.getLatitude(), region);
        });
    }

    private static String regionAtPixel(AtlasMapPane map, double x, double y) {
        var p = map.mapView().getMapPosition(x, y);
        return map.regionAt(p.getLongitude(), p.getLatitude()).map((Feature f) -> f.text("code")).orElse(null);
    }

    /** A random pixel of the map view in its clear part, off the legend, the scale bar and the zoom buttons. */
    private Point2D randomLocal() {
        double w = onFx(() -> map().mapView().getWidth());
        double h = onFx(() -> map().mapView().getHeight());
        for (int attempt = 0; attempt < 100; attempt++) {
            Point2D p = new Point2D(Math.rint(w * (LEFT + random.nextDouble() * (RIGHT - LEFT))),
                    Math.rint(h * (TOP + random.nextDouble() * (BOTTOM - TOP))));
            if (clearOfOverlays(p)) {
                return p;
            }
        }
        throw new AssertionError("no pixel of the map clear of its overlays in 100 tries");
    }

    /** Whether a pixel of the map view is under none of the controls drawn over the map (they take its clicks). */
    private boolean clearOfOverlays(Point2D local) {
        return onFx(() -> {
            AtlasMapPane map = map();
            Point2D inPane = map.mapView().localToParent(local);
            return map.getChildren().stream()
                    .filter(n -> n != map.mapView() && n.isVisible() && !n.isMouseTransparent())
                    .noneMatch(n -> n.getBoundsInParent().getMinX() - 4 <= inPane.getX()
                            && inPane.getX() <= n.getBoundsInParent().getMaxX() + 4
                            && n.getBoundsInParent().getMinY() - 4 <= inPane.getY()
                            && inPane.getY() <= n.getBoundsInParent().getMaxY() + 4);
        });
    }

    private Point2D screen(Point2D local) {
        return onFx(() -> map().mapView().localToScreen(local));
    }

    private Optional<String> expectedSearchHit(String text) {
        String q = text.trim().toLowerCase(Locale.ROOT);
        List<RegionSummary> regions = app.core().store().repository().regions();
        Optional<RegionSummary> hit = regions.stream().filter(r -> r.code().contains(q) || r.nameZh().contains(q)
                || r.nameEn().toLowerCase(Locale.ROOT).contains(q)).findFirst();
        if (hit.isEmpty()) {
            hit = app.core().store().repository().findRegion(text);
        }
        return hit.map(RegionSummary::code);
    }

    private String nameOf(String code) {
        RegionSummary region = app.core().store().repository().regions().stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        return app.i18n().isChinese() ? region.nameZh() : region.nameEn();
    }

    private AtlasMapPane map() {
        return app.window().mapPane();
    }

    private Optional<DialogPane> exportDialog() {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && pane.lookup(".choice-box") != null)
                .map(DialogPane.class::cast).findFirst());
    }

    private boolean progressShowing() {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                        && pane.lookup(".progress-bar") != null));
    }

    private boolean popupShowing() {
        return onFx(() -> Window.getWindows().stream().anyMatch(w -> w instanceof PopupWindow && w.isShowing()));
    }

    private void closePopups() {
        if (popupShowing()) {
            robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof PopupWindow)
                    .toList().forEach(Window::hide));
        }
    }

    private int pickOf(int... values) {
        return values[random.nextInt(values.length)];
    }

    private double signed(double min, double max) {
        double d = min + random.nextDouble() * (max - min);
        return random.nextBoolean() ? d : -d;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(Patience.SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the window failed: " + e, e);
        }
    }

    /** The window's dialogs, recorded; a file to save is the one the monkey chose. */
    static final class Dialogs implements DialogService {
        final List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile Path nextSaveAs;

        @Override
        public void showError(String title, String message) {
            shown.add("error: " + title + ": " + message);
        }

        @Override
        public void showInformation(String title, String message) {
            shown.add("information: " + title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            shown.add("question: " + title + ": " + message);
            return false;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension) {
            Path target = nextSaveAs;
            nextSaveAs = null;
            return Optional.ofNullable(target);
        }
    }
}
