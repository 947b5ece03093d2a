package org.cpatlas.ui.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.map.FxColors;
import org.cpatlas.render.ClassSpec;
import org.cpatlas.render.ClassificationScheme;
import org.cpatlas.render.ColorBrewer;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.viewmodel.IndicatorViewModel;

/**
 * The toolbar's indicator picker ("Map: 面积 (km²) · county") and a menu of class controls: scheme, number of classes,
 * ColorBrewer palette (each shown with its colours) and typed breaks.
 */
public final class IndicatorBar extends HBox {

    private final ComboBox<IndicatorInfo> picker = new ComboBox<>();
    private final MenuButton classes = new MenuButton();
    private final ChoiceBox<ClassificationScheme> scheme = new ChoiceBox<>();
    private final Spinner<Integer> count = new Spinner<>();
    private final ComboBox<String> palette = new ComboBox<>();
    private final TextField breaks = new TextField();
    private final Label breaksError = new Label();
    private final I18n i18n;
    private IndicatorViewModel viewModel;
    /** True while the controls are set from the view-model, so their listeners do not write back. */
    private boolean updating;

    public IndicatorBar(I18n i18n) {
        this.i18n = i18n;
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("indicator-bar");
        Label label = new Label();
        label.textProperty().bind(i18n.text("indicator.label"));
        picker.setPrefWidth(230);
        picker.setMaxWidth(300);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("indicator.tooltip"));
        picker.setTooltip(tip);
        picker.accessibleTextProperty().bind(i18n.text("indicator.accessible"));
        picker.accessibleHelpProperty().bind(tip.textProperty());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(IndicatorInfo info) {
                return info == null ? "" : describe(info);
            }

            @Override
            public IndicatorInfo fromString(String text) {
                return null;
            }
        });
        picker.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(IndicatorInfo info, boolean empty) {
                super.updateItem(info, empty);
                setText(empty || info == null ? null : describe(info));
            }
        });
        picker.setDisable(true);
        classes.textProperty().bind(i18n.text("indicator.classes"));
        classes.setDisable(true);
        Tooltip classesTip = new Tooltip();
        classesTip.textProperty().bind(i18n.text("indicator.classesTip"));
        classes.setTooltip(classesTip);
        classes.accessibleTextProperty().bind(i18n.text("indicator.classes"));
        classes.accessibleHelpProperty().bind(classesTip.textProperty());
        classes.getItems().add(new CustomMenuItem(classControls(), false));
        getChildren().addAll(label, picker, classes);
    }

    private String describe(IndicatorInfo info) {
        return info.title() + " · " + info.level().key() + (info.datasetId() == null ? "" : " · " + info.code());
    }

    private VBox classControls() {
        scheme.getItems().setAll(ClassificationScheme.values());
        scheme.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClassificationScheme s) {
                return s == null ? "" : s.words();
            }

            @Override
            public ClassificationScheme fromString(String s) {
                return null;
            }
        });
        count.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(ColorBrewer.MIN_CLASSES,
                ColorBrewer.MAX_CLASSES, 5));
        count.setPrefWidth(80);
        palette.getItems().setAll(ColorBrewer.names());
        palette.setCellFactory(list -> new PaletteCell());
        palette.setButtonCell(new PaletteCell());
        breaks.promptTextProperty().bind(i18n.text("indicator.breaksPrompt"));
        breaks.setPrefColumnCount(16);
        breaksError.setWrapText(true);
        breaksError.setMaxWidth(320);
        breaksError.getStyleClass().add("text-danger");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        scheme.accessibleTextProperty().bind(i18n.text("indicator.scheme"));
        count.accessibleTextProperty().bind(i18n.text("indicator.count"));
        palette.accessibleTextProperty().bind(i18n.text("indicator.palette"));
        breaks.accessibleTextProperty().bind(i18n.text("indicator.breaks"));
        grid.addRow(0, text("indicator.scheme"), scheme);
        grid.addRow(1, text("indicator.count"), count);
        grid.addRow(2, text("indicator.palette"), palette);
        grid.addRow(3, text("indicator.breaks"), breaks);
        VBox box = new VBox(6, grid, breaksError);
        box.setPadding(new Insets(6));
        scheme.valueProperty().addListener((o, old, s) -> change(spec -> s == ClassificationScheme.MANUAL
                ? spec : spec.withScheme(s)));
        count.valueProperty().addListener((o, old, n) -> change(spec -> spec.scheme() == ClassificationScheme.MANUAL
                ? spec : spec.withClasses(n)));
        palette.valueProperty().addListener((o, old, p) -> change(spec -> spec.withPalette(p)));
        breaks.setOnAction(e -> typedBreaks());
        return box;
    }

    private Label text(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        return label;
    }

    private void change(java.util.function.UnaryOperator<ClassSpec> edit) {
        if (updating || viewModel == null) {
            return;
        }
        try {
            viewModel.specProperty().set(edit.apply(viewModel.specProperty().get()));
            breaksError.setText("");
        } catch (IllegalArgumentException e) {
            breaksError.setText(e.getMessage());
        }
    }

    /** Breaks typed as "1000, 2000, 5000" become manual classes; a mistake is said, nothing changes. */
    private void typedBreaks() {
        List<BigDecimal> values = new ArrayList<>();
        try {
            for (String part : breaks.getText().split("[,，;\\s]+")) {
                if (!part.isBlank()) {
                    values.add(new BigDecimal(part.strip()));
                }
            }
            ClassSpec next = viewModel.specProperty().get().withBreaks(values);
            viewModel.specProperty().set(next);
            breaksError.setText("");
        } catch (IllegalArgumentException e) {
            breaksError.setText(i18n.get("indicator.breaksInvalid", e.getMessage()));
        }
    }

    /** Connects the controls to the view-model (made after the window's first frame). */
    public void bind(IndicatorViewModel model) {
        this.viewModel = model;
        picker.setItems(model.indicators());
        picker.setValue(model.selectedProperty().get());
        picker.valueProperty().addListener((o, old, info) -> {
            if (!updating && info != null) {
                model.selectedProperty().set(info);
            }
        });
        model.selectedProperty().addListener((o, old, info) -> {
            updating = true;
            picker.setValue(info);
            updating = false;
        });
        model.specProperty().addListener((o, old, spec) -> show(spec));
        show(model.specProperty().get());
        picker.setDisable(false);
        classes.setDisable(false);
    }

    private void show(ClassSpec spec) {
        updating = true;
        scheme.setValue(spec.scheme());
        count.getValueFactory().setValue(spec.classes());
        palette.setValue(spec.palette());
        if (spec.scheme() == ClassificationScheme.MANUAL) {
            breaks.setText(String.join(", ", spec.breaks().stream().map(BigDecimal::toPlainString).toList()));
        }
        updating = false;
    }

    public ComboBox<IndicatorInfo> picker() {
        return picker;
    }

    /** A palette's name with a swatch of its five-class colours. */
    private static final class PaletteCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            HBox swatches = new HBox();
            ColorBrewer.palette(name).ifPresent(p -> p.colours(5).forEach(c -> swatches.getChildren()
                    .add(new Rectangle(10, 10, FxColors.of(c)))));
            setGraphic(swatches);
            setText(name);
        }
    }
}
