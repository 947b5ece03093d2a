package org.cpatlas.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Source;
import org.junit.jupiter.api.Test;

/** A figure reads with its printed qualifiers and the unit a reader of the language expects. */
class FigureWordsTest {

    private static final Source SOURCE = new Source("s", "Doc (2014)", "p. 3", "", "");
    private final FigureWords english = new FigureWords(TableLanguage.ENGLISH);
    private final FigureWords chinese = new FigureWords(TableLanguage.CHINESE);

    private static Figure figure(String value, String unit, Flag... flags) {
        return Figure.of(new BigDecimal(value), unit, null, SOURCE, List.of(flags));
    }

    @Test
    void anUpperBoundReadsLessThan() {
        Figure share = figure("10", "%", Flag.UPPER_BOUND);
        assertThat(english.text(share)).isEqualTo("less than 10 %");
        assertThat(chinese.text(share)).isEqualTo("不足10%");
    }

    @Test
    void aLowerBoundReadsMoreThanWithTheThousandsGrouped() {
        Figure students = figure("16000", "students per year", Flag.LOWER_BOUND);
        assertThat(english.text(students)).isEqualTo("more than 16,000 students per year");
        assertThat(chinese.text(students)).isEqualTo("超过16,000人/年");
    }

    @Test
    void anAmbiguousFigureSaysSo() {
        assertThat(english.text(figure("70", "%", Flag.AMBIGUOUS))).isEqualTo("70 % (ambiguous)");
        assertThat(chinese.text(figure("70", "%", Flag.AMBIGUOUS))).isEqualTo("70%（含义不明确）");
        assertThat(english.text(figure("200", "billion people (as printed)", Flag.AMBIGUOUS, Flag.LOWER_BOUND)))
                .isEqualTo("more than 200 billion people (as printed) (ambiguous)");
    }

    @Test
    void tenThousandsReadAsAReaderOfEachLanguageExpects() {
        Figure population = figure("2031.8", "10k people");
        assertThat(english.text(population)).isEqualTo("2,031.8 × 10,000 people");
        assertThat(chinese.text(population)).isEqualTo("2,031.8万人");
        assertThat(chinese.text(figure("15.27", "10k km²"))).isEqualTo("15.27万平方公里");
        assertThat(english.text(figure("15.27", "10k km²"))).isEqualTo("15.27 × 10,000 km²");
    }

    @Test
    void printedDecimalsAndSignsAreKept() {
        assertThat(english.text(figure("35.00", "%"))).isEqualTo("35.00 %");
        assertThat(english.text(figure("-2.50", "percentage points"))).isEqualTo("-2.50 pp");
        assertThat(chinese.text(figure("-2.50", "percentage points"))).isEqualTo("-2.50个百分点");
        assertThat(FigureWords.digits(new BigDecimal("-1234567.891"))).isEqualTo("-1,234,567.891");
        assertThat(FigureWords.digits(new BigDecimal("999"))).isEqualTo("999");
    }

    @Test
    void aMissingFigureIsNotReportedNeverZero() {
        Figure missing = Figure.notReported("%", 2010, SOURCE, Set.of());
        assertThat(english.text(missing)).isEqualTo("not reported");
        assertThat(chinese.text(missing)).isEqualTo("未报告");
    }

    @Test
    void printedWordsKeepTheirOwnQualifier() {
        Figure words = new Figure(null, "more than one third", "share of national land area", null, SOURCE,
                Set.of(Flag.LOWER_BOUND));
        assertThat(english.text(words)).isEqualTo("more than one third");
    }

    @Test
    void flagsTheValueDoesNotSayAreRemarks() {
        Figure partial = figure("36", "10k people", Flag.PARTIAL);
        assertThat(english.withRemarks(partial)).isEqualTo("36 × 10,000 people (partial)");
        assertThat(chinese.withRemarks(partial)).isEqualTo("36万人（部分）");
        assertThat(english.withRemarks(figure("10", "%", Flag.UPPER_BOUND))).isEqualTo("less than 10 %");
    }

    @Test
    void anUnknownUnitIsShownAsWritten() {
        assertThat(chinese.text(figure("3", "hectares"))).isEqualTo("3hectares");
        assertThat(english.text(figure("3", "hectares"))).isEqualTo("3 hectares");
    }
}
