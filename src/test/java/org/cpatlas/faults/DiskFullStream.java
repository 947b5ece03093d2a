package org.cpatlas.faults;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes the first {@code capacity} bytes on, then fails like a full disk (ENOSPC), as FileOutputStream reports it. */
final class DiskFullStream extends FilterOutputStream {

    static final String ENOSPC = "No space left on device";

    private long room;
    private long written;

    DiskFullStream(OutputStream out, long capacity) {
        super(out);
        this.room = capacity;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int fits = (int) Math.min(len, room);
        out.write(b, off, fits);
        room -= fits;
        written += fits;
        if (fits < len) {
            throw new IOException(ENOSPC);
        }
    }

    /** How many bytes reached the underlying stream before the disk "filled up". */
    long written() {
        return written;
    }
}
