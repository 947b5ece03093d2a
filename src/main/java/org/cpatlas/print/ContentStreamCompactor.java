package org.cpatlas.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.cpatlas.print.ContentOperators.Op;

/**
 * Rewrites a content stream written by pdfbox-graphics2d so that it draws the same with far fewer bytes. A map sheet
 * is tens of thousands of path vertices; pdfbox-graphics2d writes each with four decimals of a point, and a layer that
 * Java2D fills and then outlines as the same path twice. Here path coordinates are written to a hundredth of a point,
 * a vertex that lands on the previous one is dropped, and a fill followed at once by a stroke of the same path becomes
 * one fill-and-stroke. Every other operator (text, colours, line widths, dashes, clips) is copied byte for byte, and
 * a stream {@link ContentOperators} does not read is left as it was.
 */
final class ContentStreamCompactor {

    /**
     * Path coordinates are rounded to 1/100 point: at most 0.005 pt off, a fiftieth of a 300-DPI pixel (0.24 pt),
     * while the fourth decimal pdfbox-graphics2d writes costs two digits a number for nothing any printer shows.
     */
    private static final double STEPS_PER_UNIT = 100;

    /** Path construction operators and their number of operands. */
    private static final Map<String, Integer> PATH_CONSTRUCTION = Map.of("m", 2, "l", 2, "c", 6, "v", 4, "y", 4,
            "re", 4, "h", 0);
    private static final Set<String> NON_STROKING_COLOUR = Set.of("cs", "sc", "scn", "g", "rg", "k");
    private static final Set<String> STATE = Set.of("cs", "sc", "scn", "g", "rg", "k", "CS", "SC", "SCN", "G",
            "RG", "K", "w", "J", "j", "M", "d", "gs");

    private final byte[] in;
    private final Bytes out;

    private ContentStreamCompactor(byte[] in) {
        this.in = in;
        this.out = new Bytes(in.length / 2 + 16);
    }

    /** Replaces the form's content with its compacted, Flate-compressed form. */
    static void compact(PDFormXObject form) throws IOException {
        byte[] content;
        try (InputStream stream = form.getContents()) {
            content = stream.readAllBytes();
        }
        byte[] compacted = compact(content);
        try (OutputStream stream = form.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
            stream.write(compacted);
        }
    }

    /** The same drawing as {@code content} (a decoded content stream) in fewer bytes, or {@code content} itself. */
    static byte[] compact(byte[] content) {
        List<Op> ops = ContentOperators.of(content);
        if (ops == null) {
            return content;
        }
        ContentStreamCompactor compactor = new ContentStreamCompactor(content);
        compactor.write(ops);
        return compactor.out.toArray();
    }

    /**
     * A shape as pdfbox-graphics2d writes it: {@code q}, state (colours, line style, an ExtGState for alpha), one path,
     * one painting operator, {@code Q}, as indices into the operator list; {@code end} is the index after {@code Q}.
     */
    private record Shape(int save, int pathStart, int paint, int end) {

        static Shape at(List<Op> ops, int i) {
            if (!ops.get(i).is("q")) {
                return null;
            }
            int k = i + 1;
            while (k < ops.size() && STATE.contains(ops.get(k).name())) {
                k++;
            }
            int pathStart = k;
            while (k < ops.size() && PATH_CONSTRUCTION.containsKey(ops.get(k).name())) {
                k++;
            }
            if (k == pathStart || k + 1 >= ops.size() || !ops.get(k + 1).is("Q")) {
                return null;
            }
            return new Shape(i, pathStart, k, k + 2);
        }
    }

    private void write(List<Op> ops) {
        PathWriter paths = new PathWriter(out);
        // The form is drawn on its page at scale 1 (PdfPageWriter): a unit is a point until a "cm" enlarges it.
        Deque<Double> scales = new ArrayDeque<>();
        double scale = 1;
        int i = 0;
        while (i < ops.size()) {
            int merged = mergeFillThenStroke(ops, i, paths, scale);
            if (merged > i) {
                i = merged;
                continue;
            }
            Op op = ops.get(i);
            switch (op.name()) {
                case "q" -> scales.push(scale);
                case "Q" -> scale = scales.isEmpty() ? scale : scales.pop();
                case "cm" -> scale *= scaleOf(op);
                default -> {
                }
            }
            boolean closesNext = i + 1 < ops.size() && ops.get(i + 1).is("h");
            if (roundable(op, scale)) {
                paths.write(op, closesNext);
            } else {
                copy(op);
            }
            i++;
        }
    }

    /**
     * A layer drawn as fill, then outline (provinces, countries) reaches the stream as two shapes with one path: the
     * fill's colour and the stroke's style make one {@code B}/{@code B*}, which the PDF specification defines as
     * exactly that fill followed by that stroke. Only when both shapes set the same ExtGState (alpha), which applies
     * to fill and stroke alike. Returns the index after what was written, or {@code i} when nothing was merged.
     */
    private int mergeFillThenStroke(List<Op> ops, int i, PathWriter paths, double scale) {
        Shape fill = Shape.at(ops, i);
        if (fill == null || !(ops.get(fill.paint()).is("f") || ops.get(fill.paint()).is("f*"))
                || fill.end() >= ops.size()) {
            return i;
        }
        Shape stroke = Shape.at(ops, fill.end());
        if (stroke == null || !ops.get(stroke.paint()).is("S") || !samePath(ops, fill, stroke)
                || !extGStates(ops, fill.save(), fill.pathStart()).equals(extGStates(ops, stroke.save(),
                stroke.pathStart()))) {
            return i;
        }
        copy(ops.get(fill.save()));
        for (int k = fill.save() + 1; k < fill.pathStart(); k++) {
            if (NON_STROKING_COLOUR.contains(ops.get(k).name())) {
                copy(ops.get(k));
            }
        }
        for (int k = stroke.save() + 1; k < stroke.pathStart(); k++) {
            if (!NON_STROKING_COLOUR.contains(ops.get(k).name())) {
                copy(ops.get(k));
            }
        }
        for (int k = fill.pathStart(); k < fill.paint(); k++) {
            Op op = ops.get(k);
            if (roundable(op, scale)) {
                paths.write(op, ops.get(k + 1).is("h"));
            } else {
                copy(op);
            }
        }
        writeAscii(ops.get(fill.paint()).is("f*") ? "B*\n" : "B\n");
        copy(ops.get(stroke.end() - 1));
        return stroke.end();
    }

    /** Path construction with its numbers, where a user-space unit is at most a point (no "cm" enlarges it). */
    private static boolean roundable(Op op, double scale) {
        Integer arity = PATH_CONSTRUCTION.get(op.name());
        return arity != null && op.numbers() != null && op.numbers().length == arity && scale <= 1 + 1e-9;
    }

    private boolean samePath(List<Op> ops, Shape a, Shape b) {
        int aFrom = ops.get(a.pathStart()).start();
        int aTo = ops.get(a.paint() - 1).end();
        int bFrom = ops.get(b.pathStart()).start();
        int bTo = ops.get(b.paint() - 1).end();
        return Arrays.equals(in, aFrom, aTo, in, bFrom, bTo);
    }

    private List<String> extGStates(List<Op> ops, int from, int to) {
        List<String> names = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Op op = ops.get(k);
            if (op.is("gs")) {
                names.add(new String(in, op.start(), op.end() - op.start(), StandardCharsets.ISO_8859_1));
            }
        }
        return names;
    }

    /** How much a "cm" matrix enlarges lengths (the square root of how much it enlarges areas). */
    private static double scaleOf(Op cm) {
        double[] m = cm.numbers();
        if (m == null || m.length != 6) {
            return Double.POSITIVE_INFINITY; // unknown: no rounding inside this q ... Q
        }
        return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
    }

    private void copy(Op op) {
        out.write(in, op.start(), op.end() - op.start());
        out.write('\n');
    }

    private void writeAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            out.write(text.charAt(i));
        }
    }

    /** A growing byte array: ByteArrayOutputStream locks on every byte, and a page is megabytes of them. */
    private static final class Bytes {

        private byte[] data;
        private int size;

        Bytes(int capacity) {
            data = new byte[capacity];
        }

        void write(int b) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = (byte) b;
        }

        void write(byte[] from, int offset, int length) {
            if (size + length > data.length) {
                data = Arrays.copyOf(data, Math.max(size * 2, size + length));
            }
            System.arraycopy(from, offset, data, size, length);
            size += length;
        }

        byte[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /**
     * Writes path construction in hundredths, dropping a line to the point it is already at (once the subpath has a
     * segment: a lone zero-length segment can still show as a round-capped dot) and a last line back to the start
     * right before {@code h}, which closes along that same line.
     */
    private static final class PathWriter {

        private final Bytes out;
        private final byte[] digits = new byte[20];
        private long x;
        private long y;
        private long startX;
        private long startY;
        private int segments;

        PathWriter(Bytes out) {
            this.out = out;
        }

        void write(Op op, boolean closesNext) {
            double[] args = op.numbers();
            long[] v = new long[args.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.round(args[i] * STEPS_PER_UNIT);
            }
            switch (op.name()) {
                case "m" -> {
                    startX = x = v[0];
                    startY = y = v[1];
                    segments = 0;
                }
                case "l" -> {
                    boolean still = v[0] == x && v[1] == y && segments > 0;
                    boolean backToStart = v[0] == startX && v[1] == startY && closesNext && segments >= 2;
                    if (still || backToStart) {
                        return;
                    }
                    x = v[0];
                    y = v[1];
                    segments++;
                }
                case "re" -> {
                    startX = x = v[0];
                    startY = y = v[1];
                    segments = 4;
                }
                case "h" -> {
                    x = startX;
                    y = startY;
                    segments = 0;
                }
                default -> { // curves: the current point becomes their last pair
                    x = v[v.length - 2];
                    y = v[v.length - 1];
                    segments++;
                }
            }
            for (long n : v) {
                writeHundredths(n);
                out.write(' ');
            }
            for (int i = 0; i < op.name().length(); i++) {
                out.write(op.name().charAt(i));
            }
            out.write('\n');
        }

        /** A number of hundredths as the shortest PDF real: 12345 is "123.45", 12340 "123.4", 12300 "123". */
        private void writeHundredths(long hundredths) {
            long n = hundredths;
            if (n < 0) {
                out.write('-');
                n = -n;
            }
            long whole = n / 100;
            int count = 0;
            do {
                digits[count++] = (byte) ('0' + whole % 10);
                whole /= 10;
            } while (whole > 0);
            while (count > 0) {
                out.write(digits[--count]);
            }
            int fraction = (int) (n % 100);
            if (fraction != 0) {
                out.write('.');
                out.write('0' + fraction / 10);
                if (fraction % 10 != 0) {
                    out.write('0' + fraction % 10);
                }
            }
        }
    }
}
