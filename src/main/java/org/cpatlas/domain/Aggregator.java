package org.cpatlas.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Computes a unit's value from its member counties: sum, mean, median, minimum, maximum or a weighted mean, over the
 * members that have a value (and a weight), saying how many those are. Members without a value are left out, never
 * counted as 0; a sum over part of the members is a sum over those members, which the coverage makes plain.
 */
public final class Aggregator {

    private Aggregator() {
    }

    /**
     * @param members county codes of the unit
     * @param values  county values (absent = not reported)
     * @param how     the method
     * @param weights for {@link Aggregation#WEIGHTED_MEAN}, the weights by county (absent = not reported), else
     *                ignored
     * @param weight  the weighting indicator's title, for the description
     */
    public static Aggregate compute(Collection<String> members, Map<String, BigDecimal> values, Aggregation how,
            Map<String, BigDecimal> weights, String weight) {
        List<BigDecimal> used = new ArrayList<>();
        List<BigDecimal> usedWeights = new ArrayList<>();
        int scale = 0;
        for (String code : members) {
            BigDecimal v = values.get(code);
            if (v == null) {
                continue;
            }
            if (how == Aggregation.WEIGHTED_MEAN) {
                BigDecimal w = weights == null ? null : weights.get(code);
                if (w == null || w.signum() < 0) {
                    continue;
                }
                usedWeights.add(w);
            }
            used.add(v);
            scale = Math.max(scale, Math.max(0, v.scale()));
        }
        if (used.isEmpty()) {
            return new Aggregate(null, how, weight, members.size(), 0);
        }
        BigDecimal result = switch (how) {
            case SUM -> used.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case MIN -> used.stream().min(BigDecimal::compareTo).orElseThrow();
            case MAX -> used.stream().max(BigDecimal::compareTo).orElseThrow();
            case MEAN -> used.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(used.size()), MathContext.DECIMAL64).setScale(scale + 2, RoundingMode.HALF_UP);
            case MEDIAN -> median(used).setScale(scale + 1, RoundingMode.HALF_UP);
            case WEIGHTED_MEAN -> weighted(used, usedWeights, scale);
        };
        return new Aggregate(result, how, weight, members.size(), used.size());
    }

    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private static BigDecimal weighted(List<BigDecimal> values, List<BigDecimal> weights, int scale) {
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            sum = sum.add(values.get(i).multiply(weights.get(i)));
        }
        return sum.divide(total, MathContext.DECIMAL64).setScale(scale + 2, RoundingMode.HALF_UP);
    }
}
