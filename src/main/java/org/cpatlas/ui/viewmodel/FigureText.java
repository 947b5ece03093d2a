package org.cpatlas.ui.viewmodel;

import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.tables.FigureWords;
import org.cpatlas.ui.kit.I18n;

/**
 * How figures read in the panels, in the interface language: the printed digits with the unit a reader expects and
 * the qualifiers the source printed ("less than 10 %", "超过16,000人/年"), or "not reported", never 0 or blank. The
 * words are the tables' ({@link FigureWords}), so what the window shows is what a copy or an export says.
 */
final class FigureText {

    private FigureText() {
    }

    static FigureWords words(I18n i18n) {
        return new FigureWords(i18n.tableLanguage());
    }

    static String withUnit(Figure figure, I18n i18n) {
        return words(i18n).text(figure);
    }

    /** The figure's words and a warning sign when it is in conflict, so a reader looks for the note. */
    static String marked(Figure figure, I18n i18n) {
        String text = withUnit(figure, i18n);
        return figure.has(Flag.CONFLICT) ? text + " ⚠" : text;
    }

    /** {@link #marked} and the flags its words do not say ("(partial)", "（推断）"). */
    static String withRemarks(Figure figure, I18n i18n) {
        String text = words(i18n).withRemarks(figure);
        return figure.has(Flag.CONFLICT) ? text + " ⚠" : text;
    }

    static String sourceLine(Figure figure) {
        return figure.source().citation();
    }
}
