package org.cpatlas.ui.membership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cpatlas.core.MapData;
import org.cpatlas.domain.MembershipDiff;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.geo.Feature;
import org.cpatlas.ui.kit.I18n;

/**
 * "What changed": per region, the counties a list adds and removes against the bundled list, with the counts before
 * and after ({@code membership diff NAME} in a table).
 */
public final class MembershipDiffDialog {

    /** One region's line: names, counts before → after, counties added and removed (names with 2012 codes). */
    public record Row(String region, String counts, String added, String removed) {
    }

    private final Stage stage = new Stage();
    private final TableView<Row> table = new TableView<>();
    private final Label summary = new Label();

    MembershipDiffDialog(MembershipList base, MembershipList other, MapData bundled, I18n i18n, Window owner) {
        stage.initOwner(owner);
        stage.setTitle(i18n.get("membership.diffTitle", other.name()));
        Map<String, Feature> regions = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Feature r : bundled.regions().features()) {
            regions.put(r.text("code"), r);
            order.add(r.text("code"));
        }
        Map<String, String> names = new HashMap<>();
        bundled.counties().features().forEach(c -> names.putIfAbsent(c.text("code"), c.text("name_zh")));
        MembershipDiff diff = MembershipDiff.between(base, other, order);
        List<Row> rows = new ArrayList<>();
        int added = 0;
        int removed = 0;
        for (MembershipDiff.RegionChange change : diff.regions()) {
            Feature r = regions.get(change.regionCode());
            String name = r == null ? change.regionCode() : i18n.pick(r.text("name_zh"), r.text("name_en"));
            String counts = change.before() + " → " + change.after() + (change.after() == 0
                    ? "  (" + i18n.get("members.none") + ")" : "");
            rows.add(new Row(name, counts, counties(change.added(), names), counties(change.removed(), names)));
            added += change.added().size();
            removed += change.removed().size();
        }
        summary.setText(diff.unchanged() ? i18n.get("membership.diffSame", other.name())
                : i18n.get("membership.diffSummary", other.name(), added, removed));
        summary.setWrapText(true);
        table.getColumns().add(column(i18n.get("membership.diffRegion"), Row::region, 170));
        table.getColumns().add(column(i18n.get("membership.diffCounts"), Row::counts, 150));
        table.getColumns().add(column(i18n.get("membership.diffAdded"), Row::added, 300));
        table.getColumns().add(column(i18n.get("membership.diffRemoved"), Row::removed, 300));
        table.getItems().setAll(rows);
        VBox box = new VBox(8, summary, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 960, 520));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.getScene().getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
    }

    private static String counties(List<String> codes, Map<String, String> names) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            out.add(names.getOrDefault(code, "?") + " " + code);
        }
        return String.join(", ", out);
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value,
            double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    void show() {
        stage.show();
    }

    // ---- for tests ----

    public Stage stage() {
        return stage;
    }

    public List<Row> rows() {
        return table.getItems();
    }

    public String summary() {
        return summary.getText();
    }
}
