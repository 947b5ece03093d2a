package org.cpatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named series of measurements printed as one JSON line each ({@code BENCH {...}}), which bench.py collects.
 * Every series keeps all its samples, so the table can show min, median and max (and percentiles for frames).
 */
final class Samples {

    private Samples() {
    }

    /** Prints one series: id, unit, the samples, and free-form notes (strings or numbers). */
    static void emit(String id, String unit, List<Double> values, Map<String, ?> notes) {
        StringBuilder sb = new StringBuilder("BENCH {\"id\":\"").append(id).append("\",\"unit\":\"").append(unit)
                .append("\",\"samples\":[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", values.get(i)));
        }
        sb.append("],\"notes\":{");
        int k = 0;
        for (Map.Entry<String, ?> e : notes.entrySet()) {
            sb.append(k++ == 0 ? "" : ",").append('"').append(e.getKey()).append("\":");
            Object v = e.getValue();
            if (v instanceof Number n) {
                sb.append(String.format(Locale.ROOT, "%s", n));
            } else {
                sb.append('"').append(String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        sb.append("}}");
        System.out.println(sb);
        System.out.flush();
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Peak and current resident set of this process, in MB, from /proc/self/status. */
    static double[] rssMb() {
        double hwm = Double.NaN;
        double rss = Double.NaN;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    hwm = kb(line) / 1024.0;
                } else if (line.startsWith("VmRSS:")) {
                    rss = kb(line) / 1024.0;
                }
            }
        } catch (IOException e) {
            // not Linux: reported as NaN
        }
        return new double[] {hwm, rss};
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    static List<Double> list() {
        return new ArrayList<>();
    }
}
