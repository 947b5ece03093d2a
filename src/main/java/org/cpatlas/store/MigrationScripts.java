package org.cpatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versioned SQL scripts of a migrations folder on the class path ({@code db/migration/V1__name.sql}, ...), in
 * version order, and a way to run them on a connection without Flyway: the database check at start builds the schema
 * the atlas expects from them in a few milliseconds, where starting Flyway takes a large part of a second.
 *
 * <p>The scripts are plain SQLite (no Flyway placeholders); {@code ReferenceSchemaTest} checks that running them
 * gives the same schema as Flyway does.
 */
final class MigrationScripts {

    /** The bundled database's migrations, as Flyway is told to find them ({@code classpath:db/migration}). */
    static final String BUNDLED = "db/migration";

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private final ClassLoader loader;
    private final String folder;

    MigrationScripts(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder;
    }

    /** The scripts' file names, oldest version first. */
    List<String> names() {
        TreeSet<String> names = new TreeSet<>(Comparator.comparing(MigrationScripts::version, MigrationScripts::compare)
                .thenComparing(Comparator.naturalOrder()));
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                names.addAll(namesIn(roots.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    /** Runs every script, in order, on the connection (each script may hold several statements). */
    void applyTo(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String name : names()) {
                // sqlite-jdbc runs every statement of the text when it is given to executeUpdate.
                statement.executeUpdate(read(name));
            }
        }
    }

    private String read(String name) {
        try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
            if (in == null) {
                throw new IOException("no " + folder + "/" + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> namesIn(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                files.map(p -> p.getFileName().toString()).filter(MigrationScripts::isVersioned).forEach(names::add);
            } catch (URISyntaxException e) {
                throw new IOException("cannot read the folder " + root, e);
            }
            return names;
        }
        URLConnection connection = root.openConnection();
        if (connection instanceof JarURLConnection jar) {
            String prefix = folder + "/";
            JarFile file = jar.getJarFile();
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0
                        && isVersioned(entry.substring(prefix.length()))) {
                    names.add(entry.substring(prefix.length()));
                }
            }
        }
        return names;
    }

    private static boolean isVersioned(String name) {
        return VERSIONED.matcher(name).matches();
    }

    private static List<Integer> version(String name) {
        Matcher m = VERSIONED.matcher(name);
        List<Integer> parts = new ArrayList<>();
        if (m.matches()) {
            for (String part : m.group(1).split("[._]")) {
                parts.add(Integer.parseInt(part));
            }
        }
        return parts;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = Integer.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
