package org.cpatlas.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;

/**
 * How a figure reads, in one language, wherever the atlas shows it: the printed digits (thousands grouped, decimals
 * as printed), the unit a reader of the language expects, and the qualifiers the source printed ("less than 10 %",
 * "more than 16,000 students per year", "70 % (ambiguous)"), or "not reported", never 0 or blank.
 */
public final class FigureWords {

    /** Flags a reader sees in the value's words; the others are listed as remarks or in flag columns. */
    private static final List<Flag> IN_THE_VALUE = List.of(Flag.LOWER_BOUND, Flag.UPPER_BOUND, Flag.AMBIGUOUS,
            Flag.NOT_REPORTED);

    private final TableLanguage language;

    public FigureWords(TableLanguage language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    public TableLanguage language() {
        return language;
    }

    /** The figure with its unit and printed qualifiers: "less than 10 %", "超过16,000人/年", "not reported". */
    public String text(Figure figure) {
        if (!figure.isReported()) {
            return language.text("notReported");
        }
        String shown;
        if (figure.isNumeric()) {
            String number = digits(figure.value());
            if (figure.has(Flag.LOWER_BOUND)) {
                number = language.text("qualifier.lowerBound", number);
            } else if (figure.has(Flag.UPPER_BOUND)) {
                number = language.text("qualifier.upperBound", number);
            }
            shown = Units.attach(number, unit(figure.unit()), language);
        } else {
            // Words are printed words ("more than one third"): their qualifier is already in them.
            shown = figure.text();
        }
        return figure.has(Flag.AMBIGUOUS) ? language.text("qualifier.ambiguous", shown) : shown;
    }

    /** {@link #text} followed by the flags its words do not say (partial, inferred, computed, conflict). */
    public String withRemarks(Figure figure) {
        List<Flag> remarks = remarks(figure);
        if (remarks.isEmpty()) {
            return text(figure);
        }
        return language.text("remarks", text(figure), flags(remarks));
    }

    /** The flags of a figure that its value's words do not already say, in declaration order. */
    public static List<Flag> remarks(Figure figure) {
        return figure.orderedFlags().stream().filter(f -> !IN_THE_VALUE.contains(f)).toList();
    }

    /** The digits as printed, the whole part grouped by thousands: 16000 → "16,000", 2031.8 → "2,031.8", -2.21. */
    public static String digits(BigDecimal value) {
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        String unsigned = negative ? plain.substring(1) : plain;
        int point = unsigned.indexOf('.');
        String whole = point < 0 ? unsigned : unsigned.substring(0, point);
        String fraction = point < 0 ? "" : unsigned.substring(point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + fraction;
    }

    /** The unit in this language's words ("万人", "× 10,000 people"); empty when it needs none. */
    public String unit(String unit) {
        return Units.of(unit, language);
    }

    /** A flag's short label in this language. */
    public String flag(Flag flag) {
        return language.text("flag." + flag.name());
    }

    /** A flag's meaning in one sentence, for tooltips and legends. */
    public String meaning(Flag flag) {
        return language.text("meaning." + flag.name());
    }

    /** Flag labels joined as a list of this language: "conflict, not reported", "矛盾、未报告". */
    public String flags(java.util.Collection<Flag> flags) {
        return flags.stream().sorted().map(this::flag).collect(Collectors.joining(separator()));
    }

    /** ", " or "、". */
    public String separator() {
        return language.isChinese() ? "、" : ", ";
    }

    public String notReported() {
        return language.text("notReported");
    }
}
