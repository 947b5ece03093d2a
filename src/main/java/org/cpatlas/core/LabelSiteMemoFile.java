package org.cpatlas.core;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.cpatlas.render.LabelSiteMemo;
import org.cpatlas.render.LabelSites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The label sites of the outlines the window has labelled, kept in a file of the user's cache directory between runs,
 * so that a start recalls them instead of finding them again. A cache and nothing more: a missing, damaged or
 * unwritable file only means the sites are found again (logged at debug level).
 */
final class LabelSiteMemoFile implements LabelSiteMemo {

    private static final Logger LOG = LoggerFactory.getLogger(LabelSiteMemoFile.class);
    private static final int MAGIC = 0x43504c53; // "CPLS"
    private static final int VERSION = 1;
    /**
     * Outlines kept, the least recently used dropped beyond: the 45 labelled layers' features of the bundled maps,
     * and the regions of the county lists a user switches between (14 each), with room to spare.
     */
    static final int KEPT = 1_000;
    /** Sites per outline beyond which a file is taken for damaged (a feature has at most 8 parts of 145 sites). */
    private static final int MAX_SITES = 10_000;

    private final Path file;
    private final Executor writer;
    private final Map<String, List<LabelSites.Site>> known = new LinkedHashMap<>(64, 0.75f, true);
    private boolean writePending;

    /**
     * Written on a thread of the common pool as soon as sites are found: those found while a write waits its turn go
     * with it (45 at a first start take two or three writes), and a window closed a moment after its first frame
     * still leaves them for the next start.
     */
    LabelSiteMemoFile(Path file) {
        this(file, java.util.concurrent.ForkJoinPool.commonPool());
    }

    /** With the executor that writes the file (tests write at once). */
    LabelSiteMemoFile(Path file, Executor writer) {
        this.file = file;
        this.writer = writer;
        read();
    }

    /** The memo in the user's cache directory. */
    static LabelSiteMemoFile inCache(UserDirectories dirs) {
        return new LabelSiteMemoFile(dirs.cacheDirectory().resolve("label-sites.bin"));
    }

    @Override
    public synchronized Optional<List<LabelSites.Site>> recall(String digest) {
        return Optional.ofNullable(known.get(digest));
    }

    @Override
    public synchronized void remember(String digest, List<LabelSites.Site> sites) {
        if (sites.equals(known.put(digest, List.copyOf(sites)))) {
            return;
        }
        while (known.size() > KEPT) {
            known.remove(known.keySet().iterator().next());
        }
        if (!writePending) {
            writePending = true;
            writer.execute(this::write);
        }
    }

    /** Number of outlines remembered (for tests). */
    synchronized int size() {
        return known.size();
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                LOG.debug("{} is not a label-site memo of this version; label sites will be found again", file);
                return;
            }
            int count = in.readInt();
            if (count < 0 || count > KEPT) {
                throw new IOException("implausible count " + count);
            }
            Map<String, List<LabelSites.Site>> read = new LinkedHashMap<>();
            for (int k = 0; k < count; k++) {
                String digest = in.readUTF();
                int n = in.readInt();
                if (n < 0 || n > MAX_SITES) {
                    throw new IOException("implausible number of sites " + n);
                }
                List<LabelSites.Site> sites = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    double x = in.readDouble();
                    double y = in.readDouble();
                    double clearance = in.readDouble();
                    if (!Double.isFinite(x) || !Double.isFinite(y) || !(clearance >= 0)) {
                        throw new IOException("a site that is not a point: " + x + ", " + y + ", " + clearance);
                    }
                    sites.add(new LabelSites.Site(x, y, clearance));
                }
                read.put(digest, List.copyOf(sites));
            }
            known.putAll(read);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read {}; label sites will be found again", file, e);
        }
    }

    private void write() {
        Map<String, List<LabelSites.Site>> snapshot;
        synchronized (this) {
            writePending = false;
            snapshot = new LinkedHashMap<>(known);
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream raw = Files.newOutputStream(temporary);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(snapshot.size());
                for (Map.Entry<String, List<LabelSites.Site>> e : snapshot.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().size());
                    for (LabelSites.Site s : e.getValue()) {
                        out.writeDouble(s.x());
                        out.writeDouble(s.y());
                        out.writeDouble(s.clearance());
                    }
                }
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot write {}; label sites will be found again next time", file, e);
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more to do: it is a cache
            }
        }
    }
}
