package org.cpatlas.map;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.files.NewestKept;
import org.cpatlas.render.LabelPictures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures the window draws with Java2D at every start (the map labels' names with their halo, the South China Sea
 * inset), kept on disk in the
 * user's cache so that the next start shows them without drawing them, or even loading the fonts: drawing the labels
 * took about 130 ms of processor time before the first frame, shared with the JavaFX thread's first styling and
 * layout. One file per key, the key being everything the pixels depend on, in words: the build of the atlas (nothing
 * is kept when it runs from classes, whose drawing code may change without any jar changing), the maps' fingerprint,
 * the Java runtime that rasterises the glyphs, and what each user of the disk adds (theme, language, density, names).
 * A cache and nothing more: a file missing, damaged, cut short or of another key is drawn again and written anew; a
 * cache that cannot be written means drawing at every start, said only in the log at debug level.
 */
public final class PictureDisk {

    private static final Logger LOG = LoggerFactory.getLogger(PictureDisk.class);
    private static final int MAGIC = 0x43504c50; // "CPLP"
    private static final int VERSION = 1;
    private static final String SUFFIX = ".pictures";
    /** Files kept: two themes, three label languages, and a county list or two. */
    static final int KEPT = 12;

    /** Keeps nothing: every picture is drawn. */
    public static final PictureDisk NONE = new PictureDisk(null, null);

    private final Path folder;
    private final String mapsAndBuild;

    private PictureDisk(Path folder, String mapsAndBuild) {
        this.folder = folder;
        this.mapsAndBuild = mapsAndBuild;
    }

    /**
     * The pictures kept in {@code folder} for the maps and build named by {@code mapsAndBuild}; null (no build known)
     * keeps nothing, as a picture drawn by other code could be shown. Nothing is done on disk here.
     */
    public static PictureDisk in(Path folder, String mapsAndBuild) {
        return folder == null || mapsAndBuild == null ? NONE : new PictureDisk(folder, mapsAndBuild);
    }

    /** True when this disk keeps pictures. */
    public boolean keeps() {
        return folder != null;
    }

    /**
     * The pictures kept under {@code what} (the user's own words for everything else the pixels depend on), in the
     * groups they were written in; null if there are none, or they cannot be used (they are then drawn again).
     */
    public List<List<LabelPictures.Picture>> read(String what) {
        if (folder == null) {
            return null;
        }
        String key = keyOf(what);
        Path file = fileOf(key);
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            List<List<LabelPictures.Picture>> groups = decode(Files.readAllBytes(file), key);
            if (groups == null) {
                LOG.debug("the pictures kept in {} cannot be used; they are drawn again", file);
                return null;
            }
            NewestKept.markUsed(file);
            return groups;
        } catch (IOException | RuntimeException e) {
            LOG.debug("the pictures kept in {} cannot be read; they are drawn again", file, e);
            return null;
        }
    }

    /** Keeps the pictures under {@code what}; pictures that cannot be written are drawn again next time. */
    public void write(String what, List<List<LabelPictures.Picture>> groups) {
        if (folder == null) {
            return;
        }
        String key = keyOf(what);
        Path file = fileOf(key);
        try {
            Files.createDirectories(folder);
            org.cpatlas.files.PartFiles.writeWhole(file, encode(key, groups));
            NewestKept.prune(folder, f -> f.getFileName().toString().endsWith(SUFFIX), KEPT);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep pictures in {}; they are drawn at every start", folder, e);
        }
    }

    private String keyOf(String what) {
        return "pictures " + VERSION + "\n" + mapsAndBuild + "\njava " + Runtime.version() + " "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "\n" + what;
    }

    /** One file per key, named by two checksums of it; the file holds its key, so two keys never share pictures. */
    private Path fileOf(String key) {
        return folder.resolve(org.cpatlas.files.TwoChecksums.hex(key.getBytes(StandardCharsets.UTF_8)) + SUFFIX);
    }

    /**
     * The file: magic, version, the key, the groups of pictures (each picture its lines, block size, pixel size,
     * density, origin and premultiplied ARGB pixels), then a CRC-32C of everything before it.
     */
    static byte[] encode(String key, List<List<LabelPictures.Picture>> groups) {
        List<byte[]> texts = new ArrayList<>();
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        long size = 4 + 4 + 4 + keyBytes.length + 4 + 4;
        for (List<LabelPictures.Picture> group : groups) {
            size += 4;
            for (LabelPictures.Picture p : group) {
                size += 4 + 8 + 8 + 4 + 4 + 8 + 8 + 8 + 4 + 4L * p.argbPre().length;
                for (String line : p.lines()) {
                    byte[] text = line.getBytes(StandardCharsets.UTF_8);
                    texts.add(text);
                    size += 4 + text.length;
                }
            }
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(size));
        out.putInt(MAGIC).putInt(VERSION).putInt(keyBytes.length).put(keyBytes).putInt(groups.size());
        int t = 0;
        for (List<LabelPictures.Picture> group : groups) {
            out.putInt(group.size());
            for (LabelPictures.Picture p : group) {
                out.putInt(p.lines().size());
                for (int k = 0; k < p.lines().size(); k++) {
                    byte[] text = texts.get(t++);
                    out.putInt(text.length).put(text);
                }
                out.putDouble(p.blockWidth()).putDouble(p.blockHeight()).putInt(p.pixelWidth())
                        .putInt(p.pixelHeight()).putDouble(p.density()).putDouble(p.originX())
                        .putDouble(p.originY()).putInt(p.argbPre().length);
                out.asIntBuffer().put(p.argbPre());
                out.position(out.position() + 4 * p.argbPre().length);
            }
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        return out.array();
    }

    /** The groups of a file written by {@link #encode} for {@code key}; null if it is damaged or of another key. */
    static List<List<LabelPictures.Picture>> decode(byte[] bytes, String key) {
        if (bytes.length < 4 * 5) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if (in.getInt(bytes.length - 4) != (int) crc.getValue() || in.getInt() != MAGIC || in.getInt() != VERSION) {
            return null;
        }
        in.limit(bytes.length - 4);
        if (!key.equals(text(in))) {
            return null;
        }
        int groupCount = count(in);
        List<List<LabelPictures.Picture>> groups = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            int pictureCount = count(in);
            List<LabelPictures.Picture> group = new ArrayList<>(pictureCount);
            for (int i = 0; i < pictureCount; i++) {
                int lineCount = count(in);
                List<String> lines = new ArrayList<>(lineCount);
                for (int k = 0; k < lineCount; k++) {
                    lines.add(text(in));
                }
                double blockWidth = in.getDouble();
                double blockHeight = in.getDouble();
                int pixelWidth = in.getInt();
                int pixelHeight = in.getInt();
                double density = in.getDouble();
                double originX = in.getDouble();
                double originY = in.getDouble();
                int pixels = in.getInt();
                if (pixelWidth < 0 || pixelHeight < 0 || (long) pixelWidth * pixelHeight != pixels
                        || 4L * pixels > in.remaining()) {
                    return null;
                }
                int[] argb = new int[pixels];
                in.asIntBuffer().get(argb);
                in.position(in.position() + 4 * argb.length);
                group.add(new LabelPictures.Picture(List.copyOf(lines), blockWidth, blockHeight, pixelWidth,
                        pixelHeight, density, originX, originY, argb));
            }
            groups.add(List.copyOf(group));
        }
        return in.hasRemaining() ? null : List.copyOf(groups);
    }

    /** A count that the rest of the file can hold (each counted thing takes at least a byte). */
    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalArgumentException("a count of " + n + " with " + in.remaining() + " bytes left");
        }
        return n;
    }

    private static String text(ByteBuffer in) {
        byte[] text = new byte[count(in)];
        in.get(text);
        return new String(text, StandardCharsets.UTF_8);
    }
}
