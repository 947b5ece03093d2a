package org.cpatlas.store;

import java.math.BigDecimal;
import java.util.Map;

/** One record of a CSV data file with the file name and line it starts on, for error messages. */
record CsvRow(String file, int line, Map<String, String> fields) {

    CsvRow {
        fields = Map.copyOf(fields);
    }

    /** The trimmed field, or "" when empty. */
    String get(String column) {
        String value = fields.get(column);
        if (value == null) {
            throw fail("no column '" + column + "'");
        }
        return value.trim();
    }

    /** The trimmed field; fails when empty. */
    String require(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            throw fail("'" + column + "' is empty");
        }
        return value;
    }

    /** The field as null when empty (so it is stored as SQL NULL). */
    String orNull(String column) {
        String value = get(column);
        return value.isEmpty() ? null : value;
    }

    /** An exact decimal, or null when the field is empty; fails on anything that is not a plain decimal. */
    BigDecimal decimalOrNull(String column) {
        String text = get(column);
        if (text.isEmpty()) {
            return null;
        }
        // Plain decimals only: "1e3", "0x10" or "12%" in a data file are typing errors, not numbers.
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            throw fail("'" + column + "' is '" + text + "', not a decimal number (write 12.34, no % sign)");
        }
        if (!PlainDecimal.isPlain(text)) {
            throw fail("'" + column + "' has " + PlainDecimal.digits(text) + " digits, more than any printed figure"
                    + " has (at most " + PlainDecimal.MAX_DIGITS + "); check it for a typing error");
        }
        return new BigDecimal(text);
    }

    /** A year, or null when empty. */
    Integer yearOrNull(String column) {
        String text = get(column);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{4}")) {
            throw fail("'" + column + "' is '" + text + "', not a four-digit year (put periods such as 2007-2009 in scope)");
        }
        return Integer.valueOf(text);
    }

    DataImportException fail(String problem) {
        return new DataImportException(file, line, problem);
    }
}
