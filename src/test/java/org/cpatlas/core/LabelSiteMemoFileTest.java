package org.cpatlas.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.LabelSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Label sites found at one start are recalled at the next, exactly as found, for the same outlines only; a damaged
 * memo is read as empty and the sites are found again.
 */
class LabelSiteMemoFileTest {

    @TempDir
    Path cache;

    private static MapSource maps;
    private static final ShapefileReader READER = new ShapefileReader();

    @BeforeAll
    static void maps() {
        maps = MapSource.directory(Path.of("maps"));
    }

    @Test
    void sitesFoundAtOneStartAreRecalledAtTheNextExactlyAsFound() {
        Path file = cache.resolve("label-sites.bin");
        DrawableLayer first = new DrawableLayer(maps.readPolygons("regions", READER));
        assertThat(first.recallLabelSites(new LabelSiteMemoFile(file, Runnable::run))).as("nothing known yet")
                .isZero();
        List<List<LabelSites.Site>> found = new java.util.ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            found.add(first.labelSites(i).sites());
        }
        assertThat(found).allSatisfy(sites -> assertThat(sites).isNotEmpty());

        LabelSiteMemoFile next = new LabelSiteMemoFile(file, Runnable::run);
        assertThat(next.size()).isEqualTo(14);
        DrawableLayer again = new DrawableLayer(maps.readPolygons("regions", READER));
        assertThat(again.recallLabelSites(next)).isEqualTo(14);
        for (int i = 0; i < again.size(); i++) {
            LabelSites recalled = again.labelSites(i);
            assertThat(recalled.sites()).as(again.feature(i).text("code")).isEqualTo(found.get(i));
            // The outline that answers whether a label fits is the feature's own, as when found.
            assertThat(recalled.outlineVertices()).isEqualTo(first.labelSites(i).outlineVertices())
                    .isEqualTo(again.feature(i).geometry().getNumPoints());
        }
    }

    @Test
    void anotherOutlineIsNotGivenTheSitesOfThisOne() {
        Path file = cache.resolve("label-sites.bin");
        DrawableLayer regions = new DrawableLayer(maps.readPolygons("regions", READER));
        regions.recallLabelSites(new LabelSiteMemoFile(file, Runnable::run));
        for (int i = 0; i < regions.size(); i++) {
            regions.labelSites(i);
        }
        DrawableLayer provinces = new DrawableLayer(maps.readPolygons("provinces", READER));
        assertThat(provinces.recallLabelSites(new LabelSiteMemoFile(file, Runnable::run))).isZero();
    }

    @Test
    void aDamagedMemoIsReadAsEmptyAndWrittenAfresh() throws Exception {
        Path file = cache.resolve("label-sites.bin");
        Files.writeString(file, "CPLS and then something else entirely", StandardCharsets.US_ASCII);
        LabelSiteMemoFile damaged = new LabelSiteMemoFile(file, Runnable::run);
        assertThat(damaged.size()).isZero();
        DrawableLayer regions = new DrawableLayer(maps.readPolygons("regions", READER));
        assertThat(regions.recallLabelSites(damaged)).isZero();
        regions.labelSites(0);
        assertThat(new LabelSiteMemoFile(file, Runnable::run).size()).isEqualTo(1);

        // Cut short in the middle of a feature's sites: nothing of it is taken.
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 10));
        assertThat(new LabelSiteMemoFile(file, Runnable::run).size()).isZero();
    }

    @Test
    void theMemoKeepsTheMostRecentlyUsedOutlinesWithinItsBound() {
        LabelSiteMemoFile memo = new LabelSiteMemoFile(cache.resolve("label-sites.bin"), write -> { });
        List<LabelSites.Site> sites = List.of(new LabelSites.Site(1, 2, 3));
        for (int k = 0; k < LabelSiteMemoFile.KEPT + 5; k++) {
            memo.remember("outline " + k, sites);
        }
        assertThat(memo.size()).isEqualTo(LabelSiteMemoFile.KEPT);
        assertThat(memo.recall("outline 0")).isEmpty();
        assertThat(memo.recall("outline " + (LabelSiteMemoFile.KEPT + 4))).contains(sites);
    }
}
