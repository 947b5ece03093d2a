package org.cpatlas.ui.settings;

import java.util.Set;
import org.cpatlas.settings.Setting;

/**
 * The settings the window remembers, with the values each accepts. Another view remembers its own state by declaring
 * its {@link Setting} beside it (the indicator picker: {@code Setting.text("map.indicator", null)}) and reading and
 * writing it where {@link RememberedSettings} restores and captures the window.
 */
public final class SettingKeys {

    /** "en" or "zh"; none stored: the system's language. */
    public static final Setting<String> LANGUAGE = Setting.oneOf("ui.language", null, Set.of("en", "zh"));
    public static final Setting<String> THEME = Setting.oneOf("ui.theme", "light", Set.of("light", "dark"));

    /** The window's place and size when not maximised, in screen pixels, and whether it was maximised. */
    public static final Setting<Double> WINDOW_X = Setting.number("window.x", null, -1e5, 1e5);
    public static final Setting<Double> WINDOW_Y = Setting.number("window.y", null, -1e5, 1e5);
    public static final Setting<Double> WINDOW_WIDTH = Setting.number("window.width", null, 100, 1e5);
    public static final Setting<Double> WINDOW_HEIGHT = Setting.number("window.height", null, 100, 1e5);
    public static final Setting<Boolean> WINDOW_MAXIMISED = Setting.flag("window.maximised", false);

    /** The side panel's width in pixels. */
    public static final Setting<Double> PANEL_WIDTH = Setting.number("panel.width", null, 200, 1e4);

    /** The last view: the map's centre and whole zoom level (Gluon Maps' levels 1 to 12). */
    public static final Setting<Double> VIEW_LON = Setting.number("view.centre.lon", null, -180, 180);
    public static final Setting<Double> VIEW_LAT = Setting.number("view.centre.lat", null, -85.06, 85.06);
    public static final Setting<Double> VIEW_ZOOM = Setting.number("view.zoom", null, 1, 12);
    /** The selected region's code; none stored: no selection. */
    public static final Setting<String> SELECTION = Setting.text("view.selection", null);

    /** The export dialog's choices are kept field by field under this prefix (ui.output.ExportSettings). */
    public static final String EXPORT = "export";
    /** The folder the last export or PDF print was saved to. */
    public static final Setting<String> EXPORT_FOLDER = Setting.text("folder.export", null);

    private SettingKeys() {
    }
}
