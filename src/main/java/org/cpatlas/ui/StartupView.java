package org.cpatlas.ui;

import org.cpatlas.ui.kit.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** What the window shows before the atlas is ready: progress while loading, or a clear error with a retry. */
public final class StartupView extends VBox {

    private final I18n i18n;
    private final Label heading = new Label();
    private final Label step = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label message = new Label();
    private final Button retry = new Button();

    public StartupView(I18n i18n, Runnable onRetry) {
        this.i18n = i18n;
        getStyleClass().add("startup-view");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setPadding(new Insets(40));
        heading.getStyleClass().add("title-2");
        heading.setText(i18n.get("app.title"));
        progress.setPrefWidth(360);
        message.setWrapText(true);
        message.setMaxWidth(640);
        message.getStyleClass().add("startup-error");
        retry.setText(i18n.get("error.retry"));
        retry.setOnAction(e -> onRetry.run());
        showProgress(-1, "loading.maps");
    }

    public void showProgress(double fraction, String stepKey) {
        step.setText(i18n.get(stepKey));
        progress.setProgress(fraction);
        getChildren().setAll(heading, step, progress);
    }

    /** The error in words the user can act on; never a stack trace. */
    public void showError(String text) {
        heading.setText(i18n.get("error.title"));
        message.setText(text);
        getChildren().setAll(heading, message, retry);
    }

    public String errorText() {
        return message.getText();
    }

    public boolean showsError() {
        return getChildren().contains(retry);
    }
}
