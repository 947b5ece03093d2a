package org.cpatlas.ui.viewmodel;

import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.ui.I18n;

/** How figures read in the panels: the printed digits with their unit, or "not reported", never 0 or blank. */
final class FigureText {

    private FigureText() {
    }

    static String withUnit(Figure figure, I18n i18n) {
        if (!figure.isReported()) {
            return i18n.get("panel.notReported");
        }
        String unit = figure.unit();
        if (unit == null || unit.isBlank()) {
            return figure.display();
        }
        if ("%".equals(unit)) {
            return figure.display() + " %";
        }
        if ("pp".equalsIgnoreCase(unit) || unit.startsWith("percentage point")) {
            return figure.display() + " pp";
        }
        return figure.display() + " " + unit;
    }

    /** "value" and a dagger when the figure is flagged, so a reader looks for the note. */
    static String marked(Figure figure, I18n i18n) {
        String text = withUnit(figure, i18n);
        return figure.has(Flag.CONFLICT) ? text + " ⚠" : text;
    }

    static String sourceLine(Figure figure) {
        return figure.source().citation();
    }
}
