package org.cpatlas.cli;

import java.io.PrintWriter;
import org.cpatlas.files.EchoedText;

/**
 * Standard error as the commands write to it: each message is one line, and whatever of it came from the user (a
 * name, a path, an argument quoted by picocli) cannot act on the terminal: control characters are shown escaped
 * and an overlong line is shortened ({@link EchoedText#line}). The commands quote user text through
 * {@link EchoedText} already; this is the one place nothing gets past.
 */
final class MessageWriter extends PrintWriter {

    MessageWriter(PrintWriter err) {
        super(err, true);
    }

    @Override
    public void print(String text) {
        super.print(EchoedText.line(text));
    }

    @Override
    public void println(String text) {
        synchronized (lock) {
            print(text);
            println();
        }
    }

    @Override
    public void print(Object value) {
        print(String.valueOf(value));
    }

    @Override
    public void println(Object value) {
        println(String.valueOf(value));
    }
}
