package org.cpatlas.ui.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.Paper;
import org.cpatlas.testing.Patience;
import org.cpatlas.ui.kit.I18n;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog's publication rows: each option applies only where it means something. */
class PublishingTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private record Rows(Publishing publishing, ChoiceBox<ExportSettings.What> what,
            ChoiceBox<ExportSettings.Format> format) {
        ExportSettings settings() {
            return publishing.settings(what.getValue(), format.getValue(), Paper.A4, Orientation.PORTRAIT,
                    new Dpi(300));
        }
    }

    private static Rows rows() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Publishing p = new Publishing(new I18n(I18n.ENGLISH));
            ChoiceBox<ExportSettings.What> what = new ChoiceBox<>();
            what.getItems().setAll(ExportSettings.What.values());
            what.setValue(ExportSettings.What.MAP_AS_SHOWN);
            ChoiceBox<ExportSettings.Format> format = new ChoiceBox<>();
            format.getItems().setAll(ExportSettings.Format.values());
            format.setValue(ExportSettings.Format.PDF);
            p.bind(what, format);
            return new Rows(p, what, format);
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void aFigureWidthAppliesToTheMapAsShownOnly() throws Exception {
        Rows rows = rows();
        ExportSettings map = WaitForAsyncUtils.asyncFx(() -> {
            rows.publishing().size.setValue(Publishing.Size.SINGLE);
            return rows.settings();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(map.figureWidthMm()).isEqualTo(84);
        assertThat(map.isFigure()).isTrue();
        ExportSettings sheet = WaitForAsyncUtils.asyncFx(() -> {
            rows.what().setValue(ExportSettings.What.REGION_SHEET);
            return rows.settings();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(sheet.figureWidthMm()).isZero();
        assertThat(rows.publishing().size.isDisabled()).isTrue();
    }

    @Test
    void aTypedFigureWidthIsTakenAndNonsenseKeepsTheLastValidOne() throws Exception {
        Rows rows = rows();
        ExportSettings typed = WaitForAsyncUtils.asyncFx(() -> {
            rows.publishing().size.setValue(Publishing.Size.CUSTOM);
            rows.publishing().widthMm.getEditor().setText("140");
            return rows.settings();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(typed.figureWidthMm()).isEqualTo(140);
        ExportSettings nonsense = WaitForAsyncUtils.asyncFx(() -> {
            rows.publishing().widthMm.getEditor().setText("wide");
            return rows.settings();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(nonsense.figureWidthMm()).isEqualTo(120);
    }

    @Test
    void archivalPdfOnlyForPdfAndEditableSvgTextOnlyForSvgAndTheInsetOnByDefault() throws Exception {
        Rows rows = rows();
        ExportSettings pdf = WaitForAsyncUtils.asyncFx(() -> {
            rows.publishing().pdfa.setSelected(true);
            rows.publishing().svgText.setSelected(true);
            return rows.settings();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(pdf.archivalPdf()).isTrue();
        assertThat(pdf.svgKeepText()).isFalse();
        assertThat(pdf.southChinaSeaInset()).isTrue();
        ExportSettings svg = WaitForAsyncUtils.asyncFx(() -> {
            rows.format().setValue(ExportSettings.Format.SVG);
            return rows.settings();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(svg.archivalPdf()).isFalse();
        assertThat(svg.svgKeepText()).isTrue();
        ExportSettings atlas = WaitForAsyncUtils.asyncFx(() -> {
            rows.what().setValue(ExportSettings.What.ATLAS);
            rows.format().setValue(ExportSettings.Format.PDF);
            return rows.settings();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(atlas.archivalPdf()).isTrue();
    }
}
