package org.cpatlas.ui.help;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.cpatlas.ui.kit.WindowTexts;

/** "How to read this map": colours, not reported, boundary quality, conflicts, computed figures, gaps. */
final class ReadingGuide extends VBox {

    static final String[] TOPICS = {"colours", "notReported", "boundaries", "conflicts", "computed", "gaps"};

    ReadingGuide(WindowTexts texts) {
        super(4);
        getStyleClass().add("reading-guide");
        for (String topic : TOPICS) {
            Label title = new Label(texts.get("help.reading." + topic + ".title"));
            title.getStyleClass().addAll("text-bold", "reading-topic");
            Label body = new Label(texts.get("help.reading." + topic));
            body.setWrapText(true);
            body.setMaxWidth(560);
            body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            getChildren().addAll(title, body);
        }
    }
}
