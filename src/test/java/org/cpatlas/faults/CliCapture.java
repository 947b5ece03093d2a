package org.cpatlas.faults;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.cpatlas.cli.AtlasCli;
import org.cpatlas.cli.StoreFactory;

/**
 * One command run in-process, with what it printed: text on stdout, the bytes it wrote to stdout ({@code --out -}),
 * and stderr.
 *
 * @param exitCode the command's exit code
 * @param out      text printed on stdout
 * @param bytes    bytes written to stdout as a file's content
 * @param err      what stderr got
 */
record CliCapture(int exitCode, String out, byte[] bytes, String err) {

    static CliCapture run(StoreFactory stores, Path logFile, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = AtlasCli.execute(args, stores, new PrintWriter(out), new PrintWriter(err), bytes, logFile);
        return new CliCapture(code, out.toString(), bytes.toByteArray(), err.toString());
    }

    /** The one line of stderr, without its line end. */
    String errorLine() {
        return err.strip();
    }
}
