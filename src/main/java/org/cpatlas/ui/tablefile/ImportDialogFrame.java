package org.cpatlas.ui.tablefile;

import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cpatlas.imports.ImportCancelledException;
import org.cpatlas.ui.kit.I18n;

/**
 * The frame of an import dialog: a window-modal stage styled as its owner, the message line, the progress bar, Cancel
 * and Import; and the store itself, run off the JavaFX thread with progress, a Cancel (or closing the dialog) that
 * stores nothing, and its outcome said in the message line.
 */
public final class ImportDialogFrame {

    private final I18n i18n;
    private final ExecutorService work;
    private final Stage stage = new Stage();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button importButton = new Button();
    private final Button cancelButton = new Button();
    private Task<?> running;

    /** {@code titleKey} names the dialog's title; {@code work} runs the store. */
    public ImportDialogFrame(I18n i18n, Window owner, ExecutorService work, String titleKey) {
        this.i18n = i18n;
        this.work = work;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(i18n.text(titleKey));
        stage.setOnCloseRequest(e -> {
            if (running != null) {
                running.cancel(false);
            }
        });
        message.setWrapText(true);
        message.getStyleClass().add("import-message");
        progress.setVisible(false);
        progress.setPrefWidth(240);
        importButton.textProperty().bind(i18n.text("import.import"));
        importButton.setDefaultButton(true);
        cancelButton.textProperty().bind(i18n.text("import.cancel"));
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel());
    }

    /** Puts the dialog's content in the stage, styled as its owner's window. */
    public void setContent(Parent content, double width, double height) {
        stage.setScene(new Scene(content, width, height));
        Window owner = stage.getOwner();
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.getScene().getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
    }

    /** The progress bar, then Cancel and Import at the right. */
    public HBox buttons() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(8, progress, spacer, cancelButton, importButton);
    }

    /** A muted label whose text follows the language. */
    public Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Runs {@code store} on the work thread (progress shown, Import disabled); once stored the dialog closes and
     * {@code stored} is told; a failure is said in the message line as {@code failure} words it, a cancel as
     * "cancelled", and Import is enabled again unless {@code blocked}.
     */
    public <T> void store(Function<BooleanSupplier, T> store, Consumer<T> stored, Function<Throwable, String> failure,
            BooleanSupplier blocked) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return store.apply(this::isCancelled);
            }
        };
        running = task;
        progress.setVisible(true);
        progress.setProgress(-1);
        importButton.setDisable(true);
        message.setText(i18n.get("import.running"));
        task.setOnSucceeded(e -> {
            running = null;
            stage.close();
            stored.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running = null;
            progress.setVisible(false);
            Throwable error = task.getException();
            message.setText(error instanceof ImportCancelledException ? i18n.get("import.cancelled")
                    : i18n.get("import.failed") + ": " + failure.apply(error));
            importButton.setDisable(blocked.getAsBoolean());
        });
        task.setOnCancelled(e -> {
            running = null;
            progress.setVisible(false);
            message.setText(i18n.get("import.cancelled"));
            importButton.setDisable(blocked.getAsBoolean());
        });
        work.submit(task);
    }

    private void cancel() {
        if (running != null) {
            running.cancel(false);
        } else {
            stage.close();
        }
    }

    public Stage stage() {
        return stage;
    }

    public Label message() {
        return message;
    }

    public Button importButton() {
        return importButton;
    }
}
