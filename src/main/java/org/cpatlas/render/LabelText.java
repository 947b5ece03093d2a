package org.cpatlas.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a map label, the same in the window and on paper: the Chinese name on one line, then the English name
 * broken at spaces and hyphens into lines not much wider than the Chinese one ("Yunnan-Guangxi-Guizhou Rocky
 * Desertification Area" in three lines rather than one three times as wide), so labels stay compact enough to
 * find room on a crowded map.
 */
public final class LabelText {

    /** Text is measured device-independently: the same breaks at any DPI and in every output. */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    /** English lines may be this much wider than the Chinese line before they break. */
    private static final double WIDER = 1.4;
    /** ...and never need to be narrower than this many times their font size. */
    private static final double MIN_EMS = 11;

    /** A label's lines; the first {@code firstFontLines} are set in the first (larger) font, the rest in the second. */
    public record Block(List<String> lines, int firstFontLines) {

        /** The font of line k. */
        public Font font(int k, Font first, Font second) {
            return k < firstFontLines ? first : second;
        }
    }

    private LabelText() {
    }

    /** As {@link #lines}, with which lines are in which font. */
    public static Block block(String zh, String en, LabelLanguage language, Font first, Font second) {
        List<String> lines = lines(zh, en, language, first, second);
        boolean withZh = !lines.isEmpty() && lines.get(0).equals(zh) && !zh.isEmpty();
        return new Block(lines, withZh ? 1 : lines.size());
    }

    /**
     * The label's lines: {@code first} is the font of the first line (bold for regions), {@code second} of the rest.
     * A name missing in the language asked for falls back to the other.
     */
    public static List<String> lines(String zh, String en, LabelLanguage language, Font first, Font second) {
        List<String> lines = new ArrayList<>(4);
        boolean withZh = language != LabelLanguage.EN && !zh.isEmpty();
        boolean withEn = language != LabelLanguage.ZH && !en.isEmpty();
        if (!withZh && !withEn) {
            withZh = !zh.isEmpty();
            withEn = zh.isEmpty() && !en.isEmpty();
        }
        double zhWidth = 0;
        if (withZh) {
            lines.add(zh);
            zhWidth = width(zh, first);
        }
        if (withEn) {
            Font font = withZh ? second : first;
            double max = Math.max(zhWidth * WIDER, MIN_EMS * font.getSize2D());
            lines.addAll(wrap(en, font, max));
        }
        return lines;
    }

    /**
     * The English name in the short form a crowded map uses (the usual cartographic abbreviations: Mts for
     * Mountains, S. for Southern...), for a label that finds no room at its full length and has no Chinese line to
     * fall back to.
     */
    public static String abbreviated(String en) {
        String s = en;
        for (String[] a : ABBREVIATIONS) {
            s = s.replace(a[0], a[1]);
        }
        return s;
    }

    private static final String[][] ABBREVIATIONS = {
        {"Tibetan Areas of Yunnan, Sichuan, Gansu and Qinghai", "Tibetan Areas of 4 Provinces"},
        {"Rocky Desertification Area", "Rocky Desert. Area"},
        {"Mountains", "Mts"},
        {"Prefectures", "Prefs"},
        {"Southern ", "S. "},
        {"Western ", "W. "},
        {"Greater ", "Gr. "},
    };

    static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }

    /** Greedy breaks after spaces and hyphens; a single word longer than the width keeps its own line. */
    static List<String> wrap(String text, Font font, double maxWidth) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-') {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces) {
            String candidate = line + piece;
            if (line.length() > 0 && width(candidate.strip(), font) > maxWidth) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(piece);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }
}
