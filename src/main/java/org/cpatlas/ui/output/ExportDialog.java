package org.cpatlas.ui.output;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.Paper;
import org.cpatlas.ui.kit.I18n;

/**
 * Asks what to export, in which format, on which paper and at which resolution; and, for publication, whether the
 * map is a journal figure of a given width, whether whole-country maps carry the South China Sea islands inset,
 * whether a PDF is archival (PDF/A-2b) and whether an SVG keeps its text editable.
 */
final class ExportDialog {

    private ExportDialog() {
    }

    /** The choices the dialog offers first when nothing is remembered. */
    static final ExportSettings DEFAULTS = new ExportSettings(ExportSettings.What.MAP_AS_SHOWN,
            ExportSettings.Format.PDF, Paper.A4, Orientation.LANDSCAPE, new Dpi(300));

    static Optional<ExportSettings> ask(Window owner, I18n i18n, boolean regionSelected) {
        return ask(owner, i18n, regionSelected, false, ExportSettings.What.MAP_AS_SHOWN, DEFAULTS);
    }

    /**
     * @param comparing two regions are compared: their sheet is offered
     * @param first     the comparison's sheet when asked from the comparison, which offers no "map as shown" and
     *                  starts in portrait; anything else: what the last export chose ({@code initial})
     * @param initial   the last export's choices (what, format, paper, orientation, DPI), remembered between runs
     */
    static Optional<ExportSettings> ask(Window owner, I18n i18n, boolean regionSelected, boolean comparing,
            ExportSettings.What first, ExportSettings initial) {
        Dialog<ExportSettings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("export.title"));
        ChoiceBox<ExportSettings.What> what = new ChoiceBox<>();
        // Asked from the comparison, the dialog has no map view to reproduce.
        if (first != ExportSettings.What.COMPARISON_SHEET) {
            what.getItems().add(ExportSettings.What.MAP_AS_SHOWN);
        }
        if (regionSelected) {
            what.getItems().add(ExportSettings.What.REGION_SHEET);
        }
        if (comparing) {
            what.getItems().add(ExportSettings.What.COMPARISON_SHEET);
        }
        what.getItems().add(ExportSettings.What.ATLAS);
        ExportSettings.What wanted = first == ExportSettings.What.COMPARISON_SHEET ? first : initial.what();
        what.setValue(what.getItems().contains(wanted) ? wanted : what.getItems().get(0));
        what.setConverter(converter(w -> i18n.get("export.what." + w.name().toLowerCase())));
        ChoiceBox<ExportSettings.Format> format = new ChoiceBox<>();
        format.getItems().setAll(ExportSettings.Format.values());
        format.setValue(initial.format());
        ChoiceBox<Paper> paper = new ChoiceBox<>();
        paper.getItems().setAll(Paper.values());
        paper.setValue(initial.paper());
        ChoiceBox<Orientation> orientation = new ChoiceBox<>();
        orientation.getItems().setAll(Orientation.values());
        orientation.setValue(first == ExportSettings.What.COMPARISON_SHEET ? Orientation.PORTRAIT
                : initial.orientation());
        orientation.setConverter(converter(o -> i18n.get("export.orientation." + o.name().toLowerCase())));
        Spinner<Integer> dpi = new Spinner<>(Dpi.MIN, Dpi.MAX, initial.dpi().value(), 50);
        dpi.setEditable(true);
        dpi.getValueFactory().setConverter(new DpiConverter(dpi::getValue));
        what.valueProperty().addListener((o, old, w) -> {
            format.setDisable(w == ExportSettings.What.ATLAS);
            if (w == ExportSettings.What.ATLAS) {
                format.setValue(ExportSettings.Format.PDF);
            }
        });
        // A remembered atlas export starts as the user left it: PDF, format fixed.
        format.setDisable(what.getValue() == ExportSettings.What.ATLAS);
        dpi.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportSettings.Format.PNG));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("export.what")), what);
        grid.addRow(1, new Label(i18n.get("export.format")), format);
        grid.addRow(2, new Label(i18n.get("export.paper")), paper);
        grid.addRow(3, new Label(i18n.get("export.orientation")), orientation);
        grid.addRow(4, new Label(i18n.get("export.dpi")), dpi);
        Publishing publishing = new Publishing(i18n);
        publishing.bind(what, format);
        publishing.addTo(grid, 5);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK && commit(dpi)
                ? publishing.settings(what.getValue(), format.getValue(), paper.getValue(), orientation.getValue(),
                        new Dpi(dpi.getValue()))
                : null);
        return dialog.showAndWait();
    }

    /** Takes what was typed in the DPI field; text that is not a number leaves the last valid value. */
    private static boolean commit(Spinner<Integer> dpi) {
        dpi.getValueFactory().setValue(dpi.getValueFactory().getConverter().fromString(dpi.getEditor().getText()));
        return true;
    }

    /**
     * Typed DPI: digits are clamped to 72-600; anything else keeps the current value instead of throwing on the
     * JavaFX thread (the default converter throws NumberFormatException).
     */
    static final class DpiConverter extends StringConverter<Integer> {

        private final java.util.function.Supplier<Integer> current;

        DpiConverter(java.util.function.Supplier<Integer> current) {
            this.current = current;
        }

        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            Integer last = current.get() == null ? Integer.valueOf(300) : current.get();
            if (text == null || !text.trim().matches("\\d{1,6}")) {
                return last;
            }
            return Math.max(Dpi.MIN, Math.min(Dpi.MAX, Integer.parseInt(text.trim())));
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choice boxes do not parse text");
            }
        };
    }
}
