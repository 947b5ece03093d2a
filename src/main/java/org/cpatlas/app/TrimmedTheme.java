package org.cpatlas.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window's theme, AtlantaFX's Primer, without the rules of the controls the atlas never makes (date and colour
 * pickers, trees, charts, sliders, AtlantaFX's own controls and icon fonts...): 651 of its 1,013 rules. Made from
 * the theme's own CSS by the build ({@link #main}, pom.xml "trimmed-theme") into binary stylesheets among the classes,
 * so it stays true to the theme of the AtlantaFX version in use. At start JavaFX reads the theme and, for every node
 * it styles, tries each rule that ends in one of the node's style classes (60 rules end in {@code .label} in the whole
 * theme); the dropped rules could match no node of the atlas, so the window looks the same with fewer to read and try.
 */
public final class TrimmedTheme {

    /**
     * Style classes of controls the atlas never makes. A selector naming one can match no node of the atlas; it is
     * dropped, and a rule left without a selector with it. TrimmedThemeTest checks that the atlas's classes use none of
     * {@link #CONTROLS_NEVER_MADE} and that its own code and stylesheet name none of these classes.
     */
    static final Set<String> UNUSED_STYLE_CLASSES = Set.of(
            "date-picker", "date-picker-popup", "date-cell", "calendar", "inline-date-picker",
            "color-picker", "color-palette",
            "tree-view", "tree-cell", "tree-table-view", "tree-table-cell", "tree-table-row-cell",
            "pagination", "slider", "accordion", "radio-button", "password-field", "menu-bar", "split-menu-button",
            "progress-indicator", "html-editor",
            "chart", "chart-plot-background", "chart-legend", "chart-title", "pie-chart", "chart-pie", "bar-chart",
            "axis", "number-axis",
            "card", "tile", "toggle-switch", "modal-pane", "notification", "message", "breadcrumbs", "popover",
            "custom-text-field", "mask-text-field", "deck-pane", "input-group",
            "font-icon", "ikonli-font-icon");

    /**
     * The classes (or packages, ending in a slash) whose nodes carry those style classes, as named in class files:
     * none of them may be used by the atlas while their rules are dropped.
     */
    static final List<String> CONTROLS_NEVER_MADE = List.of(
            "javafx/scene/control/DatePicker", "javafx/scene/control/DateCell", "javafx/scene/control/ColorPicker",
            "javafx/scene/control/TreeView", "javafx/scene/control/TreeCell", "javafx/scene/control/TreeTableView",
            "javafx/scene/control/TreeTableCell", "javafx/scene/control/TreeTableRow",
            "javafx/scene/control/Pagination", "javafx/scene/control/Slider", "javafx/scene/control/Accordion",
            "javafx/scene/control/RadioButton", "javafx/scene/control/PasswordField", "javafx/scene/control/MenuBar",
            "javafx/scene/control/SplitMenuButton", "javafx/scene/control/ProgressIndicator",
            "javafx/scene/chart/", "javafx/scene/web/", "atlantafx/base/controls/", "atlantafx/base/layout/",
            "org/kordamp/ikonli/");

    /** Where the build puts the trimmed themes among the classes. */
    static final String FOLDER = "/org/cpatlas/app/theme/";

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z_][\\w-]*)");

    private TrimmedTheme() {
    }

    /**
     * The user agent stylesheet of the light or dark theme: the trimmed one the build made, or Primer's own where
     * it is not there (a build that skipped the step): the same look either way.
     */
    static String userAgentStylesheet(boolean dark) {
        URL trimmed = TrimmedTheme.class.getResource(FOLDER + (dark ? "primer-dark.bss" : "primer-light.bss"));
        if (trimmed != null) {
            return trimmed.toExternalForm();
        }
        return dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    /**
     * The CSS without the selectors that name an unused style class, and without the rules left with none; every
     * other rule as it was, in its order. Fails on anything but plain rules (an at-rule, a nested block), which this
     * trimming was not made for.
     */
    static String trim(String css) {
        String text = COMMENT.matcher(css).replaceAll("");
        StringBuilder out = new StringBuilder(text.length());
        Matcher rule = RULE.matcher(text);
        int end = 0;
        while (rule.find()) {
            checkOnlyWhitespace(text.substring(end, rule.start()));
            end = rule.end();
            List<String> kept = new ArrayList<>();
            for (String selector : rule.group(1).split(",")) {
                String s = selector.strip();
                if (!s.isEmpty() && !namesUnusedClass(s)) {
                    kept.add(s);
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(" {").append(rule.group(2)).append("}\n");
            }
        }
        checkOnlyWhitespace(text.substring(end));
        return out.toString();
    }

    /** True when the selector names a style class of a control the atlas never makes. */
    static boolean namesUnusedClass(String selector) {
        Matcher m = STYLE_CLASS.matcher(selector);
        while (m.find()) {
            if (UNUSED_STYLE_CLASSES.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static void checkOnlyWhitespace(String between) {
        if (!between.isBlank()) {
            throw new IllegalArgumentException("the theme's CSS has something other than plain rules: "
                    + between.strip().substring(0, Math.min(80, between.strip().length())));
        }
    }

    /**
     * Build step (pom.xml, "trimmed-theme"): writes primer-light.bss and primer-dark.bss, trimmed from the CSS in
     * AtlantaFX's jar, into the folder given (the classes' org/cpatlas/app/theme).
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (String name : List.of("primer-light", "primer-dark")) {
            String css;
            try (InputStream in = PrimerLight.class.getResourceAsStream("/atlantafx/base/theme/" + name + ".css")) {
                if (in == null) {
                    throw new IOException("AtlantaFX's " + name + ".css is not on the class path");
                }
                css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path trimmed = Files.createTempFile(name, ".css");
            try {
                Files.writeString(trimmed, trim(css), StandardCharsets.UTF_8);
                com.sun.javafx.css.parser.Css2Bin.convertToBinary(trimmed.toString(),
                        folder.resolve(name + ".bss").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                Files.deleteIfExists(trimmed);
            }
        }
    }
}
