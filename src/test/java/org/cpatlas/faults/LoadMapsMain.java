package org.cpatlas.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.MapData;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileException;

/**
 * Loads maps folders as the window does ({@link MapData#load}, validity checked), in a JVM started by
 * {@link LayerMemoryTest} with the window's heap options, beside a ballast that stands for the rest of the window:
 * prints one line per folder, {@code LOADED}, {@code REFUSED <reason> <message>} or {@code OUT_OF_MEMORY}.
 *
 * <p>Arguments: the ballast in MB, then the folders.
 */
public final class LoadMapsMain {

    private LoadMapsMain() {
    }

    public static void main(String[] args) {
        List<byte[]> ballast = new ArrayList<>();
        for (int mb = 0; mb < Integer.parseInt(args[0]); mb++) {
            ballast.add(new byte[1 << 20]);
        }
        for (int i = 1; i < args.length; i++) {
            String outcome;
            try {
                MapData maps = MapData.load(MapSource.directory(Path.of(args[i])), LoadProgress.NONE);
                // The first identify builds the hit-test locators of the polygons it reaches.
                for (int k = 0; k < 400; k++) {
                    maps.identifier().identify(100 + (k % 20) * 0.5, 25 + (k / 20) * 0.05);
                }
                outcome = "LOADED";
            } catch (ShapefileException e) {
                outcome = "REFUSED " + e.reason() + " " + e.getMessage();
            } catch (OutOfMemoryError e) {
                outcome = "OUT_OF_MEMORY";
            }
            System.out.println(args[i] + " " + outcome);
        }
        System.out.println("ballast " + ballast.size() + " MB kept");
    }
}
