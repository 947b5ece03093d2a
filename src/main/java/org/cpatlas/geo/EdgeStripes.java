package org.cpatlas.geo;


/**
 * Edges of one or more rings filed by horizontal stripes, so that a point-in-polygon query tests only the few edges
 * whose height range can contain the point. An edge is listed in every stripe its height spans: in a natural
 * boundary one or two, but in a comb or a zigzag whose edges are tall for the rings' height, thousands, which for a
 * ring of 100,000 points would take gigabytes; such rings get fewer, taller stripes instead. Immutable.
 */
final class EdgeStripes {

    /** Average number of edges per stripe: fewer costs memory, more costs time per query. */
    private static final int EDGES_PER_STRIPE = 4;

    /** The most stripe entries the edges may hold per edge. */
    static final int MAX_ENTRIES_PER_EDGE = 8;

    private final double minY;
    private final double maxY;
    private final double stripeHeight;
    private final int stripes;
    /** Edges of stripe s are {@code edges[first[s]] .. edges[first[s + 1] - 1]}. */
    private final int[] first;
    private final int[] edges;

    /**
     * Files the edges between consecutive vertices whose heights are {@code ys} (edge e joins vertex e to e + 1); an
     * edge that ends at a vertex in {@code ringEnds} (the step from one ring to the next) is filed nowhere; null: none
     * is. Each pass below reads the heights from the array, without a call per edge: this runs for every outline of
     * the labels while the window loads, before the code is compiled.
     */
    EdgeStripes(double[] ys, java.util.BitSet ringEnds) {
        int edgeCount = Math.max(0, ys.length - 1);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int filed = 0;
        for (int e = 0; e < edgeCount; e++) {
            if (ringEnds == null || !ringEnds.get(e)) {
                filed++;
                double a = ys[e];
                double b = ys[e + 1];
                lo = Math.min(lo, Math.min(a, b));
                hi = Math.max(hi, Math.max(a, b));
            }
        }
        this.minY = lo;
        this.maxY = hi;
        // Flat (zero-height) rings have a single stripe; so do rings too small to be worth dividing.
        int count = hi > lo ? Math.max(1, filed / EDGES_PER_STRIPE) : 1;
        while (count > 1 && entries(ys, ringEnds, (hi - lo) / count, count) > (long) MAX_ENTRIES_PER_EDGE * filed) {
            count /= 2;
        }
        this.stripes = count;
        this.stripeHeight = hi > lo ? (hi - lo) / stripes : 1;
        this.first = new int[stripes + 1];
        for (int e = 0; e < edgeCount; e++) {
            if (ringEnds == null || !ringEnds.get(e)) {
                double a = ys[e];
                double b = ys[e + 1];
                for (int s = stripeOf(Math.min(a, b)), last = stripeOf(Math.max(a, b)); s <= last; s++) {
                    first[s + 1]++;
                }
            }
        }
        for (int s = 0; s < stripes; s++) {
            first[s + 1] += first[s];
        }
        this.edges = new int[first[stripes]];
        int[] next = java.util.Arrays.copyOf(first, stripes);
        for (int e = 0; e < edgeCount; e++) {
            if (ringEnds == null || !ringEnds.get(e)) {
                double a = ys[e];
                double b = ys[e + 1];
                for (int s = stripeOf(Math.min(a, b)), last = stripeOf(Math.max(a, b)); s <= last; s++) {
                    edges[next[s]++] = e;
                }
            }
        }
    }

    /** How many stripe entries the edges would make with this many stripes of this height. */
    private long entries(double[] ys, java.util.BitSet ringEnds, double height, int count) {
        long total = 0;
        for (int e = 0; e < ys.length - 1; e++) {
            if (ringEnds == null || !ringEnds.get(e)) {
                double a = ys[e];
                double b = ys[e + 1];
                total += stripe(Math.max(a, b), height, count) - stripe(Math.min(a, b), height, count) + 1;
            }
        }
        return total;
    }

    private int stripe(double y, double height, int count) {
        int s = (int) Math.floor((y - minY) / height);
        return Math.max(0, Math.min(count - 1, s));
    }

    /**
     * Monotonic in y, so an edge whose height range contains y is filed under y's stripe: the stripes of its ends
     * bracket it.
     */
    private int stripeOf(double y) {
        return stripe(y, stripeHeight, stripes);
    }

    /** Stripe entries held, for tests of the bound. */
    int entries() {
        return edges.length;
    }

    /** Whether no filed edge can reach height y. */
    boolean outside(double y) {
        return y < minY || y > maxY || edges.length == 0;
    }

    /** Index into {@link #edge} of the first edge filed under y's stripe. */
    int from(double y) {
        return first[stripeOf(y)];
    }

    /** Index into {@link #edge} past the last edge filed under y's stripe. */
    int to(double y) {
        return first[stripeOf(y) + 1];
    }

    /** The edge at this index of the stripes' listing. */
    int edge(int k) {
        return edges[k];
    }
}
