package org.cpatlas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a multi-page export writes in a one-page format (PNG, SVG): the name given for the first page, then the
 * same name with "-2", "-3" before the extension (qinba.png, qinba-2.png) for the pages a sheet's sources run onto.
 */
record OutputFiles(Path first, int pages) {

    List<Path> paths() {
        List<Path> paths = new ArrayList<>(pages);
        paths.add(first);
        String name = first.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int k = 2; k <= pages; k++) {
            paths.add(first.resolveSibling(stem + "-" + k + ext));
        }
        return paths;
    }
}
