package org.cpatlas.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Which build of the atlas this is, for About: version, build time and commit, written into the jar by Maven
 * ({@code build.properties}, filtered; {@code scripts/package.sh} passes the commit).
 *
 * @param version the project version
 * @param built   when it was built (UTC)
 * @param commit  the commit it was built from, or "not recorded"
 */
public record BuildInfo(String version, String built, String commit) {

    /** This build's, or "unknown" parts when the file is missing (classes run from an IDE without Maven). */
    public static BuildInfo ofThisBuild() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // an unreadable resource of our own jar: About then says "unknown"
        }
        return new BuildInfo(value(p, "version"), value(p, "built"), value(p, "commit"));
    }

    /** An unfiltered placeholder (${...}) means the build did not fill it in. */
    private static String value(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }
}
