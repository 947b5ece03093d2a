package org.cpatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's theme is Primer without the rules of controls the atlas never makes (TrimmedTheme, made by the build):
 * every rule of Primer that can match a node of the atlas is in it, as Primer has it, and nothing of the atlas carries
 * a style class whose rules were dropped.
 */
class TrimmedThemeTest {

    @TempDir
    Path tmp;

    private AtlasApplication app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void theWindowIsGivenTheTrimmedThemesTheBuildMade() {
        assertThat(TrimmedTheme.userAgentStylesheet(false)).endsWith("/org/cpatlas/app/theme/primer-light.bss");
        assertThat(TrimmedTheme.userAgentStylesheet(true)).endsWith("/org/cpatlas/app/theme/primer-dark.bss");
    }

    @Test
    void theTrimmedThemesHoldEveryRuleOfPrimerThatCanMatchTheAtlasAsPrimerHasIt() throws Exception {
        for (String name : List.of("primer-light", "primer-dark")) {
            URL trimmedUrl = TrimmedTheme.class.getResource(TrimmedTheme.FOLDER + name + ".bss");
            assertThat(trimmedUrl).as(name + ".bss made by the build (pom.xml, trimmed-theme)").isNotNull();
            Stylesheet primer = Stylesheet.loadBinary(
                    atlantafx.base.theme.PrimerLight.class.getResource("/atlantafx/base/theme/" + name + ".bss"));
            Stylesheet trimmed = Stylesheet.loadBinary(trimmedUrl);

            List<String> expected = new ArrayList<>();
            int dropped = 0;
            for (Rule rule : primer.getRules()) {
                List<String> kept = rule.getSelectors().stream().map(Selector::toString)
                        .filter(s -> !TrimmedTheme.namesUnusedClass(s)).toList();
                if (kept.isEmpty()) {
                    dropped++;
                } else {
                    expected.addAll(describe(kept, rule));
                }
            }
            List<String> actual = new ArrayList<>();
            for (Rule rule : trimmed.getRules()) {
                actual.addAll(describe(rule.getSelectors().stream().map(Selector::toString).toList(), rule));
            }
            assertThat(primer.getRules()).as(name + ": Primer's rules").hasSizeGreaterThan(1000);
            assertThat(dropped).as(name + ": rules of controls the atlas never makes").isGreaterThan(300);
            assertThat(trimmed.getRules()).as(name + ": the trimmed theme's rules")
                    .hasSize(primer.getRules().size() - dropped);
            // The same selectors, properties and values (the theme's colour variables on .root among them), in order.
            assertThat(actual).as(name).containsExactlyElementsOf(expected);
            assertThat(actual).as(name + ": the theme's variables").anySatisfy(
                    line -> assertThat(line).contains("-color-fg-default"));
        }
    }

    @Test
    void theAtlasMakesNoControlWhoseRulesAreDropped() throws Exception {
        Path classes = Path.of(TrimmedTheme.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (file.getFileName().toString().startsWith("TrimmedTheme")) {
                    continue; // names them, to say what is dropped
                }
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String control : TrimmedTheme.CONTROLS_NEVER_MADE) {
                    if (bytes.contains(control)) {
                        uses.add(classes.relativize(file) + " uses " + control);
                    }
                }
            }
        }
        assertThat(classes.resolve("org/cpatlas/ui/AtlasWindow.class")).exists();
        assertThat(uses).as("controls whose theme rules are dropped (TrimmedTheme.UNUSED_STYLE_CLASSES)").isEmpty();
    }

    @Test
    void neitherTheAtlasCodeNorItsStylesheetNamesADroppedStyleClass() throws Exception {
        // The style classes the code gives its nodes (getStyleClass().add, addAll, setAll).
        Pattern call = Pattern.compile("getStyleClass\\(\\)\\s*\\.\\s*(?:add|addAll|setAll)\\(([^;]*)\\)");
        Pattern literal = Pattern.compile("\"([a-z][a-z-]*)\"");
        List<String> named = new ArrayList<>();
        int styleClasses = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.getFileName().toString().equals("TrimmedTheme.java")) {
                    continue;
                }
                Matcher calls = call.matcher(Files.readString(file));
                while (calls.find()) {
                    Matcher m = literal.matcher(calls.group(1));
                    while (m.find()) {
                        styleClasses++;
                        if (TrimmedTheme.UNUSED_STYLE_CLASSES.contains(m.group(1))) {
                            named.add(file + ": \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        Stylesheet atlas = new javafx.css.CssParser().parse(
                TrimmedThemeTest.class.getResource("/org/cpatlas/ui/atlas.css"));
        for (Rule rule : atlas.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                if (TrimmedTheme.namesUnusedClass(selector.toString())) {
                    named.add("atlas.css: " + selector);
                }
            }
        }
        assertThat(atlas.getRules()).hasSizeGreaterThan(40);
        assertThat(styleClasses).as("style classes given in the code").isGreaterThan(30);
        assertThat(named).as("style classes whose theme rules are dropped").isEmpty();
    }

    @Test
    void noNodeOfTheWindowWithItsPanelCarriesAStyleClassWhoseRulesAreDropped() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (AtlasApplication) FxToolkit.setupApplication(
                () -> new AtlasApplication(Path.of("maps"), tmp.resolve("atlas.db")));
        WaitForAsyncUtils.waitFor(Patience.WARM_UP.toSeconds(), TimeUnit.SECONDS,
                () -> app.window() != null && app.indicators() != null && app.help() != null);
        WaitForAsyncUtils.asyncFx(() -> app.viewModel().select("liupan")).get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = app.stage();
            stage.getScene().getRoot().applyCss();
            List<String> out = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            collect(stage.getScene().getRoot(), nodes);
            for (Node node : nodes) {
                for (String styleClass : node.getStyleClass()) {
                    if (TrimmedTheme.UNUSED_STYLE_CLASSES.contains(styleClass)) {
                        out.add(node.getClass().getName() + " ." + styleClass);
                    }
                }
            }
            out.add("nodes: " + nodes.size());
            return out;
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(found).as("nodes styled by dropped rules").hasSize(1);
        assertThat(Integer.parseInt(found.get(0).substring("nodes: ".length()))).isGreaterThan(150);
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    /** A rule as lines: its selectors, then each declaration's property, value and importance. */
    private static List<String> describe(List<String> selectors, Rule rule) {
        List<String> out = new ArrayList<>();
        out.add("selectors " + selectors);
        for (Declaration d : rule.getDeclarations()) {
            // A url() value carries the path of the CSS file it was compiled from; the resources it names are
            // absolute (JavaFX's own images), so the path is left out of the comparison.
            String value = String.valueOf(d.getParsedValue()).replaceAll("(file|jar):[^<\\s]*", "(source)");
            out.add("  " + d.getProperty() + " = " + value + (d.isImportant() ? " !important" : ""));
        }
        return out;
    }
}
