package org.cpatlas.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a cell as a number the way people write them in statistical tables: thousands separators (1,234.5), a
 * percent sign (12.3%, read as 12.3), full-width digits and signs (１２３．４), spaces of any kind, a minus sign
 * (−5), Excel's exponent (1.2E+05). Everything else is not a number and says why (blank, marked missing, error,
 * date, text): never 0, never a guess.
 */
public final class ValueParser {

    /** Written for "no value" in Chinese and English tables. */
    private static final Set<String> MISSING_MARKS = Set.of("-", "—", "–", "−", "--", "——", "－", "/", "…", "...",
            "n/a", "na", "n.a.", "n.a", "nan", "null", "none", "x", "无", "空", "缺", "暂无", "不详", "未报告", "..");
    private static final Pattern SPREADSHEET_ERROR = Pattern.compile("#(DIV/0!|N/A|VALUE!|REF!|NAME\\?|NUM!|NULL!|"
            + "GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ERROR!?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    /** Spaces of any width, as thousands separators and padding are typed. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]");
    private static final Pattern DATE = Pattern.compile("\\d{4}[-/.年]\\d{1,2}(月|[-/.月]\\d{1,2}日?)?|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    private ValueParser() {
    }

    /** The value of a cell as the file holds it. */
    public static CellValue parse(RawCell cell) {
        return switch (cell.kind()) {
            case EMPTY -> CellValue.missing(MissingReason.BLANK);
            case NUMBER -> CellValue.of(cell.number(), false);
            case DATE -> CellValue.missing(MissingReason.DATE);
            case ERROR -> CellValue.missing(MissingReason.ERROR);
            case BOOLEAN -> CellValue.missing(MissingReason.TEXT);
            case TEXT -> parse(cell.text());
        };
    }

    /**
     * The common case without normalising or regular expressions: a plain decimal such as 1234.5, -3 or 12,345.6 with
     * thousands separators in their places (nearly every cell of a table); null for anything else, which the full
     * rules then read.
     */
    private static CellValue plainNumber(String text) {
        int n = text.length();
        if (n == 0 || n > 40) {
            return null;
        }
        int start = text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        int point = -1;
        int commas = 0;
        int lastComma = -1;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else if (c == ',' && point < 0 && i > start && (lastComma < 0 ? i - start <= 3 : i - lastComma == 4)) {
                commas++;
                lastComma = i;
            } else {
                return null;
            }
        }
        int intEnd = point < 0 ? n : point;
        if (digits == 0 || text.charAt(n - 1) == '.' || text.charAt(start) == '.'
                || commas > 0 && intEnd - lastComma != 4) {
            return null;
        }
        return CellValue.of(new BigDecimal(commas == 0 ? text : text.replace(",", "")), false);
    }

    /** The value of a cell's text. */
    public static CellValue parse(String text) {
        if (text == null || text.isBlank()) {
            return CellValue.missing(MissingReason.BLANK);
        }
        CellValue plain = plainNumber(text);
        if (plain != null) {
            return plain;
        }
        // NFKC turns full-width digits, signs, point and % into ASCII; the spaces of any width are then removed.
        String s = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).replace('−', '-')
                .replace('﹣', '-')).replaceAll("");
        if (s.isEmpty()) {
            return CellValue.missing(MissingReason.BLANK);
        }
        if (MISSING_MARKS.contains(s.toLowerCase(Locale.ROOT))) {
            return CellValue.missing(MissingReason.MARKED);
        }
        if (SPREADSHEET_ERROR.matcher(s).matches()) {
            return CellValue.missing(MissingReason.ERROR);
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
        }
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (PLAIN.matcher(s).matches()) {
            try {
                BigDecimal value = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
                if (s.contains("e") || s.contains("E")) {
                    value = value.stripTrailingZeros();
                    value = value.scale() < 0 ? value.setScale(0) : value;
                }
                return CellValue.of(value, percent);
            } catch (NumberFormatException e) {
                return CellValue.missing(MissingReason.TEXT);
            }
        }
        if (DATE.matcher(s).matches()) {
            return CellValue.missing(MissingReason.DATE);
        }
        return CellValue.missing(MissingReason.TEXT);
    }
}
