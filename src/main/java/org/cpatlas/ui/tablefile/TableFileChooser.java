package org.cpatlas.ui.tablefile;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cpatlas.ui.kit.I18n;

/** Asks for a table file to import: CSV, XLSX, text or TSV first, any file if the user wants. */
public final class TableFileChooser {

    private TableFileChooser() {
    }

    /** The file chosen, or null when the user cancelled; {@code titleKey} names the dialog's title. */
    public static Path choose(I18n i18n, Window owner, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("import.filter"), "*.csv", "*.CSV", "*.xlsx", "*.XLSX",
                        "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter(i18n.get("import.filterAll"), "*"));
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }
}
