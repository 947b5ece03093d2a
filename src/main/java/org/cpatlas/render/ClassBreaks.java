package org.cpatlas.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The bounds of a choropleth's classes (lowest value, the breaks, highest value) for a scheme. Bounds are values of
 * the data or, for equal intervals, whole numbers that enclose it; the last class includes its upper bound.
 */
public final class ClassBreaks {

    private ClassBreaks() {
    }

    /**
     * Bounds for the values under the spec; fewer classes than asked when the data has fewer distinct values (a class
     * is never empty by construction, except for typed breaks).
     */
    public static List<BigDecimal> bounds(Collection<BigDecimal> values, ClassSpec spec) {
        List<BigDecimal> sorted = values.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty()) {
            return List.of(BigDecimal.ZERO, BigDecimal.ONE);
        }
        BigDecimal min = sorted.get(0);
        BigDecimal max = sorted.get(sorted.size() - 1);
        List<BigDecimal> bounds = switch (spec.scheme()) {
            case MANUAL -> manual(spec.breaks(), min, max);
            case EQUAL_INTERVALS -> equalIntervals(min, max, spec.classes());
            case QUANTILES -> quantiles(sorted, spec.classes());
            case NATURAL_BREAKS -> jenks(sorted, spec.classes());
        };
        // Every value the same (a column of one figure, or one county reported): ties merge the classes into one
        // bound, and a legend needs a class from the value to itself.
        return bounds.size() < 2 ? List.of(min, max) : bounds;
    }

    private static List<BigDecimal> manual(List<BigDecimal> breaks, BigDecimal min, BigDecimal max) {
        List<BigDecimal> bounds = new ArrayList<>();
        bounds.add(min.min(breaks.get(0)));
        bounds.addAll(breaks);
        bounds.add(max.max(breaks.get(breaks.size() - 1)));
        return plain(bounds);
    }

    /**
     * Equal widths between whole numbers that enclose the data when its range is at least one per class (as the
     * atlas's Table 1 map always had: 23–26 %), else between its minimum and maximum.
     */
    static List<BigDecimal> equalIntervals(BigDecimal min, BigDecimal max, int classes) {
        BigDecimal lo = min.setScale(0, RoundingMode.FLOOR);
        BigDecimal hi = max.setScale(0, RoundingMode.CEILING);
        BigDecimal width;
        if (hi.subtract(lo).compareTo(BigDecimal.valueOf(classes)) >= 0) {
            width = hi.subtract(lo).divide(BigDecimal.valueOf(classes), 0, RoundingMode.CEILING);
        } else {
            lo = min;
            if (max.compareTo(min) == 0) {
                hi = min.add(BigDecimal.ONE);
            } else {
                hi = max;
            }
            width = hi.subtract(lo).divide(BigDecimal.valueOf(classes), MathContext.DECIMAL64);
        }
        List<BigDecimal> bounds = new ArrayList<>();
        for (int i = 0; i <= classes; i++) {
            bounds.add(lo.add(width.multiply(BigDecimal.valueOf(i))).stripTrailingZeros());
        }
        return plain(bounds);
    }

    /** Breaks at the values that cut the sorted data into classes of (nearly) equal counts; ties kept together. */
    static List<BigDecimal> quantiles(List<BigDecimal> sorted, int classes) {
        TreeSet<BigDecimal> bounds = new TreeSet<>();
        int n = sorted.size();
        bounds.add(sorted.get(0));
        for (int k = 1; k < classes; k++) {
            bounds.add(sorted.get(Math.min(n - 1, (int) Math.round((double) k * n / classes))));
        }
        bounds.add(sorted.get(n - 1));
        return plain(new ArrayList<>(bounds));
    }

    /**
     * Fisher's exact optimal partition of the sorted values into {@code classes} groups minimising the sum of squared
     * deviations (Jenks' natural breaks), O(k·n²) over the distinct values; each break is the lowest value of a group.
     */
    static List<BigDecimal> jenks(List<BigDecimal> sorted, int classes) {
        List<BigDecimal> distinct = new ArrayList<>(new TreeSet<>(sorted));
        int n = distinct.size();
        int k = Math.min(classes, n);
        if (k <= 1) {
            return plain(List.of(distinct.get(0), distinct.get(n - 1).compareTo(distinct.get(0)) == 0
                    ? distinct.get(0).add(BigDecimal.ONE) : distinct.get(n - 1)));
        }
        // Every occurrence counts: weights are the multiplicity of each distinct value.
        double[] x = new double[n];
        double[] w = new double[n];
        int j = 0;
        for (BigDecimal v : sorted) {
            while (distinct.get(j).compareTo(v) != 0) {
                j++;
            }
            x[j] = v.doubleValue();
            w[j]++;
        }
        double[] sw = new double[n + 1];
        double[] swx = new double[n + 1];
        double[] swxx = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sw[i + 1] = sw[i] + w[i];
            swx[i + 1] = swx[i] + w[i] * x[i];
            swxx[i + 1] = swxx[i] + w[i] * x[i] * x[i];
        }
        double[][] cost = new double[k][n];
        int[][] start = new int[k][n];
        for (int i = 0; i < n; i++) {
            cost[0][i] = ssd(sw, swx, swxx, 0, i);
        }
        for (int c = 1; c < k; c++) {
            for (int i = c; i < n; i++) {
                double best = Double.MAX_VALUE;
                int bestStart = c;
                for (int s = c; s <= i; s++) {
                    double total = cost[c - 1][s - 1] + ssd(sw, swx, swxx, s, i);
                    if (total < best) {
                        best = total;
                        bestStart = s;
                    }
                }
                cost[c][i] = best;
                start[c][i] = bestStart;
            }
        }
        int[] starts = new int[k];
        int end = n - 1;
        for (int c = k - 1; c > 0; c--) {
            starts[c] = start[c][end];
            end = starts[c] - 1;
        }
        List<BigDecimal> bounds = new ArrayList<>();
        bounds.add(distinct.get(0));
        for (int c = 1; c < k; c++) {
            bounds.add(distinct.get(starts[c]));
        }
        bounds.add(distinct.get(n - 1));
        return plain(bounds);
    }

    /** Weighted sum of squared deviations of x[a..b]. */
    private static double ssd(double[] sw, double[] swx, double[] swxx, int a, int b) {
        double weight = sw[b + 1] - sw[a];
        double sum = swx[b + 1] - swx[a];
        return swxx[b + 1] - swxx[a] - sum * sum / weight;
    }

    private static List<BigDecimal> plain(List<BigDecimal> bounds) {
        List<BigDecimal> out = new ArrayList<>(bounds.size());
        for (BigDecimal b : bounds) {
            BigDecimal s = b.stripTrailingZeros();
            out.add(s.scale() < 0 ? s.setScale(0) : s);
        }
        return out;
    }
}
