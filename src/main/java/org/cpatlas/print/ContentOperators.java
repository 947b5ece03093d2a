package org.cpatlas.print;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a PDF content stream into operators (PDF 32000-1, 7.2 and 7.8.2): operands are numbers, names, strings,
 * arrays and dictionaries; an operator is any other bare keyword. Each operator keeps where its bytes are, so what is
 * not rewritten can be copied as it was. Written for {@link ContentStreamCompactor} rather than using PDFBox's
 * parser, which builds an object per number and took as long as drawing the pages. Comments, inline images and
 * operands without an operator (none of which pdfbox-graphics2d writes) make it give up.
 */
final class ContentOperators {

    /**
     * One operator with its operands: their bytes [start, end) in the stream, the operator's name, and the operands
     * as numbers when all of them are numbers (else null).
     */
    record Op(int start, int end, String name, double[] numbers) {

        boolean is(String operator) {
            return name.equals(operator);
        }
    }

    private static final double[] POWERS_OF_TEN = new double[20];
    /** Most operators are one letter ("l" above all): their names without a String per operator. */
    private static final String[] ONE_CHAR = new String[128];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
    }

    private final byte[] b;
    private int pos;

    private ContentOperators(byte[] b) {
        this.b = b;
    }

    /** The operators of a decoded content stream, or null where it holds something this class does not read. */
    static List<Op> of(byte[] content) {
        return new ContentOperators(content).operators();
    }

    private List<Op> operators() {
        List<Op> ops = new ArrayList<>();
        double[] numbers = new double[8];
        int count = 0;
        boolean allNumbers = true;
        int start = -1;
        while (true) {
            skipWhitespace();
            if (pos >= b.length) {
                return start < 0 ? ops : null; // operands with no operator: not ours to rewrite
            }
            if (start < 0) {
                start = pos;
                count = 0;
                allNumbers = true;
            }
            int c = b[pos] & 0xff;
            switch (c) {
                case '(' -> {
                    if (!skipLiteralString()) {
                        return null;
                    }
                    allNumbers = false;
                }
                case '<' -> {
                    if (pos + 1 < b.length && b[pos + 1] == '<') {
                        pos += 2; // a dictionary: its keys and values are operands, scanned as such
                    } else if (!skipHexString()) {
                        return null;
                    }
                    allNumbers = false;
                }
                case '>', '[', ']', '{', '}' -> {
                    pos += c == '>' && pos + 1 < b.length && b[pos + 1] == '>' ? 2 : 1;
                    allNumbers = false;
                }
                case '/' -> {
                    pos++;
                    skipRegular();
                    allNumbers = false;
                }
                case '%', ')' -> {
                    return null; // comments are never written by pdfbox-graphics2d; a stray ')' is broken
                }
                default -> {
                    int tokenStart = pos;
                    skipRegular();
                    double number = number(tokenStart, pos);
                    if (!Double.isNaN(number)) {
                        if (count == numbers.length) {
                            numbers = Arrays.copyOf(numbers, count * 2);
                        }
                        numbers[count++] = number;
                        continue;
                    }
                    String word = pos - tokenStart == 1 && b[tokenStart] >= 0 ? ONE_CHAR[b[tokenStart]]
                            : new String(b, tokenStart, pos - tokenStart, StandardCharsets.ISO_8859_1);
                    if (word.equals("true") || word.equals("false") || word.equals("null")) {
                        allNumbers = false;
                        continue;
                    }
                    if (word.equals("BI") || word.equals("ID")) {
                        return null; // inline image data is binary: leave the stream alone
                    }
                    ops.add(new Op(start, pos, word, allNumbers ? Arrays.copyOf(numbers, count) : null));
                    start = -1;
                }
            }
        }
    }

    private void skipWhitespace() {
        while (pos < b.length && isWhitespace(b[pos])) {
            pos++;
        }
    }

    private void skipRegular() {
        while (pos < b.length && !isWhitespace(b[pos]) && !isDelimiter(b[pos])) {
            pos++;
        }
    }

    /** Balanced parentheses, a backslash escaping the next byte. */
    private boolean skipLiteralString() {
        int depth = 0;
        while (pos < b.length) {
            byte c = b[pos++];
            if (c == '\\') {
                pos++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    private boolean skipHexString() {
        while (pos < b.length) {
            if (b[pos++] == '>') {
                return true;
            }
        }
        return false;
    }

    /** The value of a PDF number token (sign, digits, at most one point), or NaN for any other token. */
    private double number(int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int decimals = -1;
        int digits = 0;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (digits++ > 17) {
                    return Double.NaN; // beyond a long: no number pdfbox-graphics2d writes
                }
                mantissa = mantissa * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
        return negative ? -value : value;
    }

    private static boolean isWhitespace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean isDelimiter(byte c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }
}
