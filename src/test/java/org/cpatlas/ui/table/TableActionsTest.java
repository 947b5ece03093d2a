package org.cpatlas.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cpatlas.tables.Cell;
import org.cpatlas.tables.Column;
import org.cpatlas.tables.DataTable;
import org.cpatlas.tables.TableLanguage;
import org.cpatlas.testing.Patience;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.kit.I18n;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Exports the user cannot get are said in words, and leave nothing behind; the byte-order mark is a setting. */
class TableActionsTest {

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();
    private Path answer;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private final DialogService dialogs = new DialogService() {
        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            return false;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String ext) {
            return Optional.ofNullable(answer);
        }
    };

    private static DataTable table() {
        return new DataTable("Provinces of 武陵山区", TableLanguage.ENGLISH, List.of(Column.words("p", "Province")),
                List.of(new DataTable.Row("43", List.of(Cell.words("湖南")))));
    }

    @Test
    void anExportToAFolderThatDoesNotExistSaysSoAndWritesNothing() throws Exception {
        answer = dir.resolve("missing").resolve("t.csv");
        TableActions actions = new TableActions(dialogs, new I18n(I18n.ENGLISH));
        WaitForAsyncUtils.asyncFx(() -> actions.export(table(), TableActions.Format.CSV));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !errors.isEmpty());
        assertThat(errors).containsExactly("Export failed: Cannot write " + answer + ": the folder "
                + answer.getParent() + " does not exist. Create it or choose another folder.");
        assertThat(Files.exists(answer.getParent())).isFalse();
    }

    @Test
    void withoutTheByteOrderMarkTheCsvStartsWithItsHeader() throws Exception {
        answer = dir.resolve("t.csv");
        TableActions actions = new TableActions(dialogs, new I18n(I18n.ENGLISH));
        String[] status = {""};
        actions.setStatus(text -> status[0] = text);
        actions.byteOrderMarkProperty().set(false);
        WaitForAsyncUtils.asyncFx(() -> actions.export(table(), TableActions.Format.CSV));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> status[0].startsWith("Saved"));
        assertThat(Files.readString(answer)).isEqualTo("Province\r\n湖南\r\n");
        assertThat(errors).isEmpty();
    }

    @Test
    void theSuggestedFileNameComesFromTheTablesName() {
        assertThat(TableActions.fileName("Provinces of 武陵山区")).isEqualTo("Provinces-of-武陵山区");
        assertThat(TableActions.fileName("Region-province pairs (Table 1)")).isEqualTo("Region-province-pairs-Table-1");
        assertThat(TableActions.fileName("…")).isEqualTo("table");
    }
}
