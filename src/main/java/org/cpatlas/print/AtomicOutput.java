package org.cpatlas.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.cpatlas.files.EchoedText;
import org.cpatlas.files.FileErrors;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.OutputFile;
import org.cpatlas.files.WriteRefusedException;
import org.cpatlas.files.WriteRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exports' way to {@link OutputFile}, the atlas's one policy for files written for the user (all or nothing,
 * links followed, nothing but a regular file of the same kind replaced, the files in use kept), with its failures as
 * {@link ExportException}s whose message is shown as is. The target is checked first, so an unwritable path fails
 * before minutes of rendering, with a message that says what to do.
 */
public final class AtomicOutput {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicOutput.class);

    /** Produces the content into the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, ExportCancelledException;
    }

    private AtomicOutput() {
    }

    /**
     * Fails with a user-facing message when the file cannot be written with content of this kind, before any work is
     * done. A refusal the user may overcome (an existing file of another kind) carries a
     * {@link WriteRefusedException} as its cause, whose {@code confirmable()} says so.
     */
    public static void checkWritable(Path target, FileKind kind, WriteRules rules) throws ExportException {
        try {
            OutputFile.check(target, kind, rules);
        } catch (WriteRefusedException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }

    /** As {@link #checkWritable(Path, FileKind, WriteRules)}, for content of the kind the name's extension says. */
    public static void checkWritable(Path target) throws ExportException {
        checkWritable(target, kindByName(target), WriteRules.standard());
    }

    /** Writes the content to the target atomically; on any failure or cancellation the target is untouched. */
    public static void write(Path target, FileKind kind, WriteRules rules, Content content)
            throws ExportException, ExportCancelledException {
        try {
            OutputFile.write(target, kind, rules, content::writeTo);
        } catch (WriteRefusedException e) {
            throw new ExportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ExportException("Cannot write " + EchoedText.path(target) + ": " + FileErrors.describe(e), e);
        } catch (RuntimeException e) {
            // A bug in a writer must still not leave a half-written file; the cause goes to the log, not the user.
            LOG.error("Export to {} failed", target, e);
            throw new ExportException("Export to " + EchoedText.path(target) + " failed: the exporter stopped on an"
                    + " unexpected error (details in the log). Nothing was written.", e);
        }
    }

    /** As {@link #write(Path, FileKind, WriteRules, Content)}, for content of the kind the name's extension says. */
    public static void write(Path target, Content content) throws ExportException, ExportCancelledException {
        write(target, kindByName(target), WriteRules.standard(), content);
    }

    /** PNG, PDF or SVG by the file's extension; anything else is taken as data of another kind. */
    static FileKind kindByName(Path target) {
        String name = String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT);
        for (FileKind kind : new FileKind[] {FileKind.PNG, FileKind.PDF, FileKind.SVG}) {
            if (name.endsWith("." + kind.extension())) {
                return kind;
            }
        }
        return FileKind.DATA;
    }
}
