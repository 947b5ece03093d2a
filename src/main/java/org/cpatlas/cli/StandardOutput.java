package org.cpatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The bytes a command writes to standard output ({@code --out -}). A {@link PrintStream} hides its errors; this
 * reports them, so an export into a closed pipe ({@code | head -c 10}) stops with a message instead of rendering on
 * into nothing.
 */
final class StandardOutput extends OutputStream {

    private final PrintStream stream;

    StandardOutput(PrintStream stream) {
        this.stream = stream;
    }

    @Override
    public void write(int b) throws IOException {
        stream.write(b);
        check();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        stream.write(bytes, offset, length);
        check();
    }

    @Override
    public void flush() throws IOException {
        stream.flush();
        check();
    }

    private void check() throws IOException {
        if (stream.checkError()) {
            throw new IOException("standard output was closed before everything was written");
        }
    }

    /**
     * Standard output when it is only a writer of text (tests, embedding): bytes go to it one character per byte
     * (ISO-8859-1), so a test can read them back exactly.
     */
    static final class OfWriter extends OutputStream {

        private final PrintWriter writer;

        OfWriter(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            writer.write(b & 0xFF);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            writer.write(new String(bytes, offset, length, StandardCharsets.ISO_8859_1));
        }

        @Override
        public void flush() {
            writer.flush();
        }
    }
}
