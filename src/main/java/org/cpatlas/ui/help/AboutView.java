package org.cpatlas.ui.help;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.cpatlas.ui.kit.WindowTexts;

/**
 * About: what the atlas is, this build (version, time, commit), the Java it runs on, the papers its figures come
 * from, every bundled component with its licence (the full text shown for the one chosen), and the folders it uses.
 */
final class AboutView extends VBox {

    private final TableView<BundledComponent> components = new TableView<>();
    private final TextArea licenceText = new TextArea();

    AboutView(WindowTexts texts, BuildInfo build, List<String> papers, HelpContext context) {
        super(8);
        getStyleClass().add("about-view");
        Label title = new Label(texts.i18n().get("app.title"));
        title.getStyleClass().add("title-3");
        Label what = wrapped(texts.get("about.what"));
        Label version = new Label(texts.get("about.version", build.version(), build.built(), build.commit()));
        version.getStyleClass().add("about-version");
        Label runtime = new Label(texts.get("about.runtime", System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("javafx.runtime.version", "?"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        Label copyright = wrapped(texts.get("about.copyright"));

        Label papersTitle = heading(texts.get("about.papers"));
        VBox paperList = new VBox(2);
        paperList.getStyleClass().add("about-papers");
        papers.forEach(p -> paperList.getChildren().add(wrapped("• " + p)));

        Label licencesTitle = heading(texts.get("about.licences"));
        components.getStyleClass().add("about-components");
        components.setAccessibleText(texts.get("about.licences"));
        components.getColumns().add(column(texts.get("about.licence.component"), BundledComponent::name, 230));
        components.getColumns().add(column(texts.get("about.licence.version"), BundledComponent::version, 90));
        components.getColumns().add(column(texts.get("about.licence.usedFor"), BundledComponent::usedFor, 250));
        components.getColumns().add(column(texts.get("about.licence.licence"), BundledComponent::licence, 190));
        components.getItems().setAll(Licences.bundled());
        components.setPrefHeight(210);
        licenceText.setEditable(false);
        licenceText.setWrapText(true);
        licenceText.setPrefRowCount(9);
        licenceText.getStyleClass().add("licence-text");
        licenceText.setAccessibleText(texts.get("about.licence.show"));
        licenceText.setPromptText(texts.get("about.licence.choose"));
        components.getSelectionModel().selectedItemProperty().addListener((o, old, c) ->
                licenceText.setText(c == null ? "" : Licences.textsOf(c)));
        VBox.setVgrow(licenceText, Priority.ALWAYS);

        Label folders = wrapped(texts.get("about.folders", context.dataFolder(),
                context.settingsFile() == null ? "—" : context.settingsFile()));
        folders.getStyleClass().add("about-folders");
        getChildren().addAll(title, what, version, runtime, copyright, papersTitle, paperList, licencesTitle,
                components, licenceText, folders);
        setPrefWidth(780);
    }

    TableView<BundledComponent> components() {
        return components;
    }

    TextArea licenceText() {
        return licenceText;
    }

    private static TableColumn<BundledComponent, String> column(String title,
            java.util.function.Function<BundledComponent, String> value, double width) {
        TableColumn<BundledComponent, String> column = new TableColumn<>(title);
        Callback<TableColumn.CellDataFeatures<BundledComponent, String>, javafx.beans.value.ObservableValue<String>>
                cell = c -> new ReadOnlyStringWrapper(value.apply(c.getValue()));
        column.setCellValueFactory(cell);
        column.setPrefWidth(width);
        return column;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-bold", "about-heading");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(760);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
