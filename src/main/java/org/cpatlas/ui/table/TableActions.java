package org.cpatlas.ui.table;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.cpatlas.print.ExportException;
import org.cpatlas.print.TableFiles;
import org.cpatlas.tables.DataTable;
import org.cpatlas.tables.FlatTable;
import org.cpatlas.tables.TsvWriter;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.kit.I18n;

/**
 * What every table of the window does with its figures: copy them to the clipboard as tab-separated text that
 * spreadsheets paste as columns (with or without each figure's source), and export them as CSV or XLSX. The layout
 * and the writing are the core's ({@link FlatTable}, {@link TableFiles}); this class only chooses, copies and reports.
 */
public final class TableActions {

    /** A table file format the window exports. */
    public enum Format {
        CSV("csv"), XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TableActions.class);

    private final I18n i18n;
    private DialogService dialogs;
    private Consumer<String> status = text -> { };
    /** CSV files start with the UTF-8 byte-order mark (for Excel) unless the user turns it off, for the session. */
    private final BooleanProperty byteOrderMark = new SimpleBooleanProperty(this, "byteOrderMark", true);

    public TableActions(DialogService dialogs, I18n i18n) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /** Another dialog service, e.g. one that answers file choosers without a window (tests, scripted runs). */
    public void setDialogService(DialogService dialogService) {
        this.dialogs = Objects.requireNonNull(dialogService, "dialogService");
    }

    /** Where short confirmations ("Copied 14 rows") go: the window's status line. */
    public void setStatus(Consumer<String> statusLine) {
        this.status = Objects.requireNonNull(statusLine, "statusLine");
    }

    /** Whether CSV exports start with the byte-order mark; a setting for the session. */
    public BooleanProperty byteOrderMarkProperty() {
        return byteOrderMark;
    }

    /** The table as the clipboard gets it: tab-separated, a header line, numbers plain. */
    public static String clipboardText(DataTable table, boolean withSources) {
        return TsvWriter.write(FlatTable.of(table, withSources ? FlatTable.Sources.CITED : FlatTable.Sources.NONE));
    }

    /** Puts the table on the clipboard, as plain text (tab-separated), and says so on the status line. */
    public void copy(DataTable table, boolean withSources) {
        ClipboardContent content = new ClipboardContent();
        content.putString(clipboardText(table, withSources));
        Clipboard.getSystemClipboard().setContent(content);
        status.accept(i18n.get(withSources ? "table.copiedWithSources" : "table.copied", table.rows().size()));
    }

    /** Asks where to save, then writes the table (off the JavaFX thread); a failure is shown in words. */
    public void export(DataTable table, Format format) {
        String suggested = fileName(table.name()) + "." + format.extension();
        Optional<Path> target = dialogs.chooseSaveFile(i18n.get("table.exportTitle"), suggested,
                format.name(), format.extension());
        target.ifPresent(path -> write(table, format, path));
    }

    private void write(DataTable table, Format format, Path path) {
        boolean bom = byteOrderMark.get();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws ExportException {
                if (format == Format.CSV) {
                    TableFiles.writeCsv(path, table, bom);
                } else {
                    TableFiles.writeXlsx(path, List.of(table));
                }
                return path;
            }
        };
        task.setOnSucceeded(e -> status.accept(i18n.get("table.exported", path)));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (!(error instanceof ExportException)) {
                LOG.error("exporting a table to {} failed", path, error);
            }
            dialogs.showError(i18n.get("table.exportFailed"), error instanceof ExportException failure
                    ? failure.getMessage() : i18n.get("table.exportFailedUnexpectedly", path));
        });
        Thread thread = new Thread(task, "atlas-table-export");
        thread.setDaemon(true);
        thread.start();
    }

    /** A file name from a table's name: letters, digits and Chinese kept, the rest as single hyphens. */
    static String fileName(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "table" : cleaned;
    }
}
