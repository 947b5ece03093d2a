package org.cpatlas.render;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.Arrays;

/**
 * The outlines of many polygons with every edge they share stroked once instead of twice. Neighbouring counties
 * have their common border in both rings; after projection a third of a whole-country county mesh's segments are
 * such exact repeats, and a stroker spends its time per segment.
 *
 * <p>The picture stays the same: with round caps and round joins (the painter's {@code stroke}), the stroke of a set
 * of segments is the union of each segment's stroke (the segment widened by a disc), however the segments are
 * grouped into subpaths. So a ring whose edges are all its own is kept as it is, closed; a ring some of whose edges
 * were already drawn by a neighbour becomes the open runs of its other edges. Only exact repeats (the same two end
 * points, in either direction) are dropped, never edges that merely lie close. Not for butt caps or dashes, where the
 * grouping shows.
 */
public final class SharedEdges {

    private SharedEdges() {
    }

    /** The path's segments with exact repeats left out; a path with curves is returned as it is. */
    public static Path2D.Double strokedOnce(Path2D.Double path) {
        Segments segments = Segments.of(path);
        if (segments == null) {
            return path;
        }
        boolean[] drawn = segments.firstOccurrences();
        Path2D.Double out = new Path2D.Double(path.getWindingRule(), segments.count + 16);
        for (int s = 0; s < segments.subpaths; s++) {
            segments.emit(s, drawn, out);
        }
        return out;
    }

    /** A path's line segments, subpath by subpath: point p of the whole list, subpath s spans points first[s].. */
    private static final class Segments {
        private double[] xs = new double[1024];
        private double[] ys = new double[1024];
        /** Index of each subpath's first point; subpath s has points first[s] .. first[s + 1] - 1. */
        private int[] first = new int[64];
        private boolean[] closed = new boolean[64];
        private int points;
        private int subpaths;
        /** Segments: point p to point p + 1 within a subpath, plus the closing one of a closed subpath. */
        private int count;
        /** Number of the first segment of each subpath. */
        private int[] segmentBase;

        static Segments of(Path2D.Double path) {
            Segments s = new Segments();
            double[] c = new double[6];
            for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> s.start(c[0], c[1]);
                    case PathIterator.SEG_LINETO -> {
                        if (s.subpaths == 0) {
                            s.start(c[0], c[1]);
                        } else {
                            s.add(c[0], c[1]);
                        }
                    }
                    case PathIterator.SEG_CLOSE -> {
                        if (s.subpaths > 0) {
                            s.closed[s.subpaths - 1] = true;
                        }
                    }
                    default -> {
                        return null;
                    }
                }
            }
            s.first = Arrays.copyOf(s.first, s.subpaths + 1);
            s.first[s.subpaths] = s.points;
            s.segmentBase = new int[s.subpaths];
            for (int k = 0; k < s.subpaths; k++) {
                s.segmentBase[k] = s.count;
                s.count += closedLength(s.first[k + 1] - s.first[k], s.closed[k]);
            }
            return s;
        }

        private static int closedLength(int n, boolean closed) {
            return closed ? n : Math.max(0, n - 1);
        }

        private void start(double x, double y) {
            if (subpaths + 1 >= first.length) {
                first = Arrays.copyOf(first, first.length * 2);
                closed = Arrays.copyOf(closed, closed.length * 2);
            }
            first[subpaths++] = points;
            add(x, y);
        }

        private void add(double x, double y) {
            if (points == xs.length) {
                xs = Arrays.copyOf(xs, points * 2);
                ys = Arrays.copyOf(ys, points * 2);
            }
            xs[points] = x;
            ys[points++] = y;
        }

        /** The end point of segment i of subpath s (its start is point first[s] + i). */
        private int end(int s, int i) {
            int p = first[s] + i + 1;
            return p == first[s + 1] ? first[s] : p;
        }

        /**
         * For every segment, in the order of the path, whether it is the first with its two end points (in either
         * direction) and not of length zero. An open-addressing table of segment numbers keyed by their end points.
         */
        boolean[] firstOccurrences() {
            boolean[] drawn = new boolean[count];
            int[] table = new int[Integer.highestOneBit(Math.max(4, count) * 2) * 2];
            Arrays.fill(table, -1);
            int mask = table.length - 1;
            int[] segmentStart = new int[count];
            int[] segmentEnd = new int[count];
            int n = 0;
            for (int s = 0; s < subpaths; s++) {
                int length = closedLength(first[s + 1] - first[s], closed[s]);
                for (int i = 0; i < length; i++, n++) {
                    int a = first[s] + i;
                    int b = end(s, i);
                    segmentStart[n] = a;
                    segmentEnd[n] = b;
                    if (xs[a] == xs[b] && ys[a] == ys[b]) {
                        continue; // adds nothing to the stroke that its neighbours' caps or joins do not
                    }
                    int slot = hash(a, b) & mask;
                    while (true) {
                        int other = table[slot];
                        if (other < 0) {
                            table[slot] = n;
                            drawn[n] = true;
                            break;
                        }
                        if (same(a, b, segmentStart[other], segmentEnd[other])) {
                            break; // already drawn by an earlier ring
                        }
                        slot = (slot + 1) & mask;
                    }
                }
            }
            return drawn;
        }

        private int hash(int a, int b) {
            // Symmetric in the two ends, so that a segment and its reverse meet in the table.
            long h = pointHash(a) + pointHash(b);
            return (int) (h ^ (h >>> 32));
        }

        private long pointHash(int p) {
            long h = Double.doubleToLongBits(xs[p] + 0.0) * 0x9E3779B97F4A7C15L
                    + Double.doubleToLongBits(ys[p] + 0.0) * 0xC2B2AE3D27D4EB4FL;
            return h ^ (h >>> 29);
        }

        private boolean same(int a, int b, int c, int d) {
            return equal(a, c) && equal(b, d) || equal(a, d) && equal(b, c);
        }

        private boolean equal(int p, int q) {
            return xs[p] == xs[q] && ys[p] == ys[q];
        }

        /** Subpath s into the path: whole and closed when all its edges are its own, else its runs of own edges. */
        void emit(int s, boolean[] drawn, Path2D.Double out) {
            int length = closedLength(first[s + 1] - first[s], closed[s]);
            int base = segmentBase[s];
            boolean all = true;
            boolean any = false;
            boolean someLength = false;
            for (int i = 0; i < length; i++) {
                boolean degenerate = isDegenerate(s, i);
                all &= drawn[base + i] || degenerate;
                any |= drawn[base + i];
                someLength |= !degenerate;
            }
            if (someLength && !any) {
                return; // every edge drawn by earlier rings
            }
            // All its own, or a ring shrunk to a point at this scale (which the stroker draws as a dot): as it was.
            if (all) {
                out.moveTo(xs[first[s]], ys[first[s]]);
                for (int p = first[s] + 1; p < first[s + 1]; p++) {
                    out.lineTo(xs[p], ys[p]);
                }
                if (closed[s]) {
                    out.closePath();
                }
                return;
            }
            // Runs of kept edges; a zero-length edge neither starts nor breaks a run. Start after a dropped edge so
            // that a closed ring's run across its first point stays one run.
            int startAt = 0;
            if (closed[s]) {
                for (int i = 0; i < length; i++) {
                    if (!drawn[base + i] && !isDegenerate(s, i)) {
                        startAt = (i + 1) % length;
                        break;
                    }
                }
            }
            boolean open = false;
            for (int k = 0; k < length; k++) {
                int i = (startAt + k) % length;
                if (isDegenerate(s, i)) {
                    continue;
                }
                if (drawn[base + i]) {
                    int a = first[s] + i;
                    int b = end(s, i);
                    if (!open) {
                        out.moveTo(xs[a], ys[a]);
                        open = true;
                    }
                    out.lineTo(xs[b], ys[b]);
                } else {
                    open = false;
                }
            }
        }

        private boolean isDegenerate(int s, int i) {
            int a = first[s] + i;
            int b = end(s, i);
            return xs[a] == xs[b] && ys[a] == ys[b];
        }
    }
}
