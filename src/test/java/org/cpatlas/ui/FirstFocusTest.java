package org.cpatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cpatlas.ui.kit.FirstFocus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The map keeps the focus the scene would hand its first control, until the user presses a key or a button. */
class FirstFocusTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theSceneGivingTheFocusToTheSearchFieldBeforeTheUserActsIsUndone() throws Exception {
        TextField search = new TextField();
        Pane map = new Pane();
        map.setFocusTraversable(true);
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            Scene s = new Scene(new VBox(search, map), 300, 200);
            stage.setScene(s);
            FirstFocus.give(s, map);
            stage.show();
            return s;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner()).isSameAs(map);

        // What the scene does when its focus owner cannot take the focus at a pulse: its first control gets it.
        WaitForAsyncUtils.asyncFx(search::requestFocus).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner()).as("taken back before the user acted").isSameAs(map);

        WaitForAsyncUtils.asyncFx(() -> {
            Event.fireEvent(map, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false, false));
            search.requestFocus();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner()).as("the user's choice stays").isSameAs(search);
        WaitForAsyncUtils.asyncFx(() -> scene.getWindow().hide()).get();
    }
}
