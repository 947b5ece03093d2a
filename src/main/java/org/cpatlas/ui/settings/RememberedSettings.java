package org.cpatlas.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.cpatlas.render.MapViewport;
import org.cpatlas.settings.RecordSettings;
import org.cpatlas.settings.Settings;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.output.ExportMemory;
import org.cpatlas.ui.output.ExportSettings;
import org.cpatlas.ui.viewmodel.AtlasViewModel;

/**
 * The window as the user left it: puts the remembered language, window placement, theme, panel width, selection,
 * view and export choices back when the atlas opens ({@link #language}, {@link #placeStage}, {@link #restore}),
 * takes them from the window when it closes ({@link #capture}), and puts the defaults back on "Reset settings"
 * ({@link #reset}). Reading and writing the file is the application's (settings.SettingsFile); this class only
 * moves values between the window and {@link Settings}.
 */
public final class RememberedSettings {

    private final Settings settings;
    private final double defaultWidth;
    private final double defaultHeight;
    /** The stage's bounds while it was last neither maximised nor minimised: where it returns when restored. */
    private Rectangle2D normalBounds;
    /** The bounds before {@link #normalBounds}: a maximise may move and resize the stage before it says so. */
    private Rectangle2D earlierBounds;
    private javafx.beans.InvalidationListener follow;
    private javafx.beans.value.ChangeListener<Boolean> onMaximise;

    /** @param defaultWidth the window's first width and height, which "Reset settings" returns to */
    public RememberedSettings(Settings settings, double defaultWidth, double defaultHeight) {
        this.settings = settings;
        this.defaultWidth = defaultWidth;
        this.defaultHeight = defaultHeight;
    }

    public Settings settings() {
        return settings;
    }

    /** The remembered interface language, else {@code systemDefault}. */
    public Locale language(Locale systemDefault) {
        String language = settings.get(SettingKeys.LANGUAGE);
        return language == null ? systemDefault : "zh".equals(language) ? I18n.CHINESE : I18n.ENGLISH;
    }

    /**
     * Before the stage is shown: the remembered place and size, kept on today's screens, and the maximised state;
     * from then on it follows the stage's place and size when not maximised.
     */
    public void placeStage(Stage stage) {
        placeStage(stage, Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
    }

    void placeStage(Stage stage, List<Rectangle2D> screens, Rectangle2D primary) {
        List<Rectangle2D> primaryFirst = new java.util.ArrayList<>(screens);
        primaryFirst.remove(primary);
        primaryFirst.add(0, primary);
        WindowPlacement.from(settings).map(p -> p.keptOn(primaryFirst)).ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximised());
            normalBounds = new Rectangle2D(p.x(), p.y(), p.width(), p.height());
        });
        follow = o -> followNormalBounds(stage);
        stage.xProperty().addListener(follow);
        stage.yProperty().addListener(follow);
        stage.widthProperty().addListener(follow);
        stage.heightProperty().addListener(follow);
        onMaximise = (o, was, maximised) -> {
            if (maximised && bounds(stage).equals(normalBounds) && earlierBounds != null) {
                normalBounds = earlierBounds;
            }
        };
        stage.maximizedProperty().addListener(onMaximise);
    }

    /** Stops following the stage (the application has stopped; a test may show another one in it). */
    public void release(Stage stage) {
        if (follow != null) {
            stage.xProperty().removeListener(follow);
            stage.yProperty().removeListener(follow);
            stage.widthProperty().removeListener(follow);
            stage.heightProperty().removeListener(follow);
            stage.maximizedProperty().removeListener(onMaximise);
        }
    }

    private void followNormalBounds(Stage stage) {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen() || !(stage.getWidth() > 0)) {
            return;
        }
        Rectangle2D now = bounds(stage);
        if (!now.equals(normalBounds)) {
            earlierBounds = normalBounds;
            normalBounds = now;
        }
    }

    /** Once the atlas window is built: theme, panel width, selection and view as they were left. */
    public void restore(RememberedWindow window, AtlasViewModel viewModel) {
        if ("dark".equals(settings.get(SettingKeys.THEME))) {
            window.setDarkTheme(true);
        }
        settings.find(SettingKeys.PANEL_WIDTH).ifPresent(window.panelWidthProperty()::set);
        String selection = settings.get(SettingKeys.SELECTION);
        if (selection != null && !viewModel.select(selection)) {
            settings.remove(SettingKeys.SELECTION); // a region this atlas no longer has
        }
        Optional<Double> lon = settings.find(SettingKeys.VIEW_LON);
        Optional<Double> lat = settings.find(SettingKeys.VIEW_LAT);
        Optional<Double> zoom = settings.find(SettingKeys.VIEW_ZOOM);
        if (lon.isPresent() && lat.isPresent() && zoom.isPresent()) {
            window.mapPane().showCentre(lon.get(), lat.get(), zoom.get());
        }
    }

    /** The export dialog's memory, kept in these settings. */
    public ExportMemory exportMemory() {
        return new ExportMemory() {
            @Override
            public ExportSettings last(ExportSettings defaults) {
                return RecordSettings.read(settings, SettingKeys.EXPORT, defaults);
            }

            @Override
            public void remember(ExportSettings chosen) {
                RecordSettings.write(settings, SettingKeys.EXPORT, chosen);
            }

            @Override
            public Optional<Path> folder() {
                try {
                    return Optional.ofNullable(settings.get(SettingKeys.EXPORT_FOLDER)).map(Path::of);
                } catch (java.nio.file.InvalidPathException e) {
                    return Optional.empty();
                }
            }

            @Override
            public void rememberFolder(Path folder) {
                settings.set(SettingKeys.EXPORT_FOLDER, folder.toAbsolutePath().toString());
            }
        };
    }

    /** When the window closes: everything {@link #restore} and {@link #placeStage} put back next time. */
    public void capture(Stage stage, I18n i18n, RememberedWindow window, AtlasViewModel viewModel) {
        settings.set(SettingKeys.LANGUAGE, i18n.isChinese() ? "zh" : "en");
        Rectangle2D normal = normalBounds != null ? normalBounds : bounds(stage);
        if (normal.getWidth() > 0 && normal.getHeight() > 0) {
            new WindowPlacement(normal.getMinX(), normal.getMinY(), normal.getWidth(), normal.getHeight(),
                    stage.isMaximized()).writeTo(settings);
        }
        if (window == null) {
            return; // closed before the atlas had loaded: only the language and the window are known
        }
        settings.set(SettingKeys.THEME, window.darkTheme() ? "dark" : "light");
        settings.set(SettingKeys.PANEL_WIDTH, Math.rint(window.panelWidthProperty().get()));
        settings.set(SettingKeys.SELECTION, viewModel.selectedCodeProperty().get());
        if (window.mapPane().getWidth() > 0) {
            MapViewport view = window.mapPane().currentViewport();
            settings.set(SettingKeys.VIEW_LON, view.centerLon());
            settings.set(SettingKeys.VIEW_LAT, view.centerLat());
            settings.set(SettingKeys.VIEW_ZOOM, Math.rint(view.zoom()));
        }
    }

    /**
     * "Reset settings": forgets everything and shows the window as a first start does: the system's language, the
     * light theme, the first size centred on the screen, no selection, the whole country, the export defaults.
     */
    public void reset(Stage stage, I18n i18n, Locale systemDefault, RememberedWindow window, AtlasViewModel viewModel) {
        settings.clear();
        i18n.localeProperty().set(systemDefault);
        stage.setMaximized(false);
        stage.setWidth(defaultWidth);
        stage.setHeight(defaultHeight);
        stage.centerOnScreen();
        if (window != null) {
            window.setDarkTheme(false);
            window.panelWidthProperty().set(window.defaultPanelWidth());
            viewModel.clearSelection();
            window.mapPane().resetExtent();
        }
    }

    private static Rectangle2D bounds(Stage stage) {
        return new Rectangle2D(stage.getX(), stage.getY(), Math.max(0, stage.getWidth()),
                Math.max(0, stage.getHeight()));
    }
}
