package org.cpatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The window's stylesheet is loaded from the binary atlas.bss the build makes from atlas.css (JavaFX takes a .bss of
 * the same name in place of the .css, which spares the start a cold CSS parse): it must be there, and say exactly
 * what atlas.css says, rule by rule, so that the window looks as the CSS one edits says.
 */
class BinaryStylesheetTest {

    private static final String CSS = "/org/cpatlas/ui/atlas.css";
    private static final String BSS = "/org/cpatlas/ui/atlas.bss";

    @Test
    void theBinaryStylesheetIsBesideTheCssTheWindowAsksFor() {
        assertThat(BinaryStylesheetTest.class.getResource(CSS)).as("atlas.css").isNotNull();
        assertThat(BinaryStylesheetTest.class.getResource(BSS))
                .as("atlas.bss, made from atlas.css by the build (pom.xml, binary-stylesheet)").isNotNull();
    }

    @Test
    void theBinaryStylesheetSaysWhatAtlasCssSaysRuleByRule() throws Exception {
        URL bss = BinaryStylesheetTest.class.getResource(BSS);
        assertThat(bss).as("atlas.bss").isNotNull();
        List<String> binary = rulesOf(Stylesheet.loadBinary(bss));
        List<String> parsed = rulesOf(new CssParser().parse(BinaryStylesheetTest.class.getResource(CSS)));
        assertThat(parsed).as("the rules of atlas.css").hasSizeGreaterThan(40)
                .anySatisfy(rule -> assertThat(rule).contains("map-scale-bar"));
        assertThat(binary).as("the rules of atlas.bss, in order").containsExactlyElementsOf(parsed);
    }

    /** Each rule's selectors, then each of its declarations: property, value as parsed, and importance. */
    private static List<String> rulesOf(Stylesheet sheet) {
        List<String> out = new ArrayList<>();
        for (Rule rule : sheet.getRules()) {
            out.add("selectors " + rule.getSelectors());
            for (Declaration d : rule.getDeclarations()) {
                out.add("  " + d.getProperty() + " = " + d.getParsedValue() + (d.isImportant() ? " !important" : ""));
            }
        }
        return out;
    }
}
