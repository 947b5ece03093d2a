package org.cpatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Hyperlink;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.ShapefileExport;
import org.cpatlas.testing.Patience;
import org.cpatlas.ui.membership.DesktopMemberships;
import org.cpatlas.ui.membership.MembershipDiffDialog;
import org.cpatlas.ui.membership.MembershipImportDialog;
import org.cpatlas.ui.membership.MembershipListsDialog;
import org.cpatlas.ui.panel.CountySection;
import org.cpatlas.ui.panel.MemberCountiesSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * County lists in the window (issue 18): a list imported from the window redraws the regions once used, says what
 * changed, and the bundled list gives today's regions back; a county clicked shows its evidence; a region lists its
 * member counties, each clickable.
 */
class MembershipWindowTest {

    /** 永登县 (620121), in 六盘山区 in the bundled list. */
    private static final double YONGDENG_LON = 103.26;
    private static final double YONGDENG_LAT = 36.73;
    /** 石家庄's 长安区 (130102): a county of the layer in none of the 14 regions. */
    private static final double CHANGAN_LON = 114.54;
    private static final double CHANGAN_LAT = 38.06;

    @TempDir
    Path dataDir;

    private AtlasApplication app;

    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setWidth(1280);
            s.setHeight(820);
        });
        app = (AtlasApplication) FxToolkit.setupApplication(
                () -> new AtlasApplication(Path.of("maps"), dataDir.resolve("atlas.db")));
        WaitForAsyncUtils.waitFor(Patience.WARM_UP.toSeconds(), TimeUnit.SECONDS,
                () -> app.window() != null && app.window().memberships() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private DesktopMemberships memberships() {
        return app.window().memberships();
    }

    /** The bundled list with 永登县 moved to 秦巴山区 and 大别山区 left with no county. */
    private Path changedList() throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data/region_counties.csv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("dabie,")) {
                continue;
            }
            out.add(line.contains(",620121,") ? line.replaceFirst("^liupan,六盘山区,", "qinba,秦巴山区,") : line);
        }
        return Files.write(dataDir.resolve("changed.csv"), out, StandardCharsets.UTF_8);
    }

    private String regionAt(double lon, double lat) {
        return app.window().mapPane().data().identifier().regions().first(lon, lat).map(f -> f.text("code"))
                .orElse("none");
    }

    private void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aListImportedInTheWindowRedrawsTheRegionsSaysWhatChangedAndBundledGivesThemBack() throws Exception {
        Path list = changedList();
        fx(() -> memberships().importList(list));
        MembershipImportDialog dialog = memberships().lastImport();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> dialog.report().getText().contains("Regions (counties in the list"));
        WaitForAsyncUtils.waitForFxEvents(); // the report is filled before the rest of the dialog
        assertThat(dialog.report().getText()).contains("大别山区").contains("no county in this list");
        assertThat(dialog.nameField().getText()).isEqualTo("changed");
        assertThat(dialog.countyColumn().getValue()).isEqualTo("F (county_code_2012)");
        assertThat(dialog.regionColumn().getValue()).isEqualTo("A (region_code)");
        assertThat(dialog.importButton().isDisabled()).as(dialog.message().getText()).isFalse();
        fx(() -> dialog.importButton().fire());
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.core().userData().memberships().list("changed").isPresent() && !dialog.stage().isShowing());
        assertThat(regionAt(YONGDENG_LON, YONGDENG_LAT)).as("importing changes nothing in force").isEqualTo("liupan");

        fx(() -> app.viewModel().select("dabie"));
        assertThat(app.window().panel().countyList().getText()).as("the bundled list's Dabie counties")
                .doesNotEndWith("(0)");

        fx(memberships()::showLists);
        MembershipListsDialog lists = memberships().lastLists();
        assertThat(lists.entries().getItems()).extracting(MembershipListsDialog.Entry::name)
                .containsExactly("bundled", "changed");
        fx(() -> {
            lists.select("changed");
            lists.useSelected();
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> "changed".equals(memberships().inForce()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(regionAt(YONGDENG_LON, YONGDENG_LAT)).isEqualTo("qinba");
        assertThat(app.window().mapPane().data().regions().features().stream()
                .filter(f -> f.text("code").equals("dabie")).findFirst().orElseThrow().geometry().isEmpty())
                .as("a region with no county is drawn as nothing").isTrue();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> "changed".equals(app.core().userData().memberships().inForce())); // remembered
        assertThat(app.core().maps().identifier().regions().first(YONGDENG_LON, YONGDENG_LAT)
                .map(f -> f.text("code"))).as("print and export follow the list").contains("qinba");
        assertThat(app.window().statusLabel().getText()).contains("drawn from the list \"changed\"");

        fx(() -> app.window().searchField().setText("dabie"));
        fx(() -> app.window().searchField().fireEvent(new javafx.event.ActionEvent()));
        MemberCountiesSection members = (MemberCountiesSection) app.window().panel().lookup(".member-counties");
        assertThat(members.countText()).isEqualTo("no county in this list");
        assertThat(app.window().panel().countyList().getText()).as("the panel's county table follows the list too")
                .endsWith("(0)");
        assertThat(members.links()).isEmpty();

        fx(() -> memberships().showDiff("changed"));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> memberships().lastDiff() != null);
        MembershipDiffDialog diff = memberships().lastDiff();
        assertThat(diff.rows()).anySatisfy(r -> {
            assertThat(r.region()).isEqualTo("Liupan Mountains");
            assertThat(r.removed()).isEqualTo("永登县 620121");
            assertThat(r.added()).isEmpty();
        });
        assertThat(diff.rows()).anySatisfy(r -> {
            assertThat(r.region()).startsWith("Dabie");
            assertThat(r.counts()).endsWith(" → 0  (no county in this list)");
        });
        assertThat(diff.rows()).anySatisfy(r -> assertThat(r.added()).isEqualTo("永登县 620121"));
        assertThat(diff.summary()).contains("adds 1 county places");

        fx(() -> {
            lists.select("bundled");
            lists.useSelected();
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> "bundled".equals(memberships().inForce()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(regionAt(YONGDENG_LON, YONGDENG_LAT)).isEqualTo("liupan");
        assertThat(app.window().mapPane().data()).as("exactly today's regions").isSameAs(app.core().bundledMaps());
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> "bundled".equals(app.core().userData().memberships().inForce()));
        Platform.runLater(() -> {
            lists.stage().close();
            diff.stage().close();
        });
    }

    @Test
    void aListThatCannotBeImportedSaysWhyInTheDialogAndStoresNothing() throws Exception {
        Path bad = Files.writeString(dataDir.resolve("bad.csv"), "county,region\n620422,六盘山区\n620422,秦巴山区\n");
        fx(() -> memberships().importList(bad));
        MembershipImportDialog dialog = memberships().lastImport();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> dialog.message().getText().contains("counted in two regions"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.message().getText()).contains("会宁县 (620422) in liupan and qinba, rows [2, 3]")
                .contains("Nothing was stored; the list in force is unchanged.");
        assertThat(dialog.importButton().isDisabled()).isTrue();
        assertThat(app.core().userData().memberships().lists()).isEmpty();
        assertThat(memberships().inForce()).isEqualTo("bundled");
        fx(() -> dialog.regionColumn().setValue("A (county)")); // the same column for both: said, not stored
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> dialog.message().getText().contains("a list needs one column of counties and one of regions"));
        assertThat(app.core().userData().memberships().lists()).isEmpty();

        Path empty = Files.write(dataDir.resolve("empty.csv"), new byte[0]);
        fx(() -> memberships().importList(empty));
        MembershipImportDialog second = memberships().lastImport();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> second.message().getText().contains("Nothing was stored"));
        assertThat(second.message().getText()).contains("the file is empty (0 bytes)");
        assertThat(app.core().userData().memberships().lists()).isEmpty();
        Platform.runLater(() -> {
            dialog.stage().close();
            second.stage().close();
        });
    }

    @Test
    void aCountyClickedShowsItsEvidenceAndACountyInNoRegionSaysSo() throws Exception {
        fx(() -> app.window().panel());
        fx(() -> appViewModelClick(YONGDENG_LON, YONGDENG_LAT));
        CountySection county = (CountySection) app.window().panel().lookup(".county-section");
        assertThat(county.isVisible()).isTrue();
        assertThat(county.lines()).contains("County", "永登县  620121", "In 兰州市, 甘肃省",
                "Region: Liupan Mountains (list \"bundled\", row 2)", "Basis: inferred");
        assertThat(String.join("\n", county.lines())).contains("Source: https://github.com/yangzc2004-bit/gaokao-gansu")
                .contains("Note: “" + org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                        .setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(Path.of(
                                "data/region_counties.csv"))).getRecords().get(0).get("note") + "”")
                .contains("INFERRED split");
        assertThat(app.window().mapPane().overlay().countyHighlighted()).isTrue();
        Feature yongdeng = app.window().mapPane().data().identifier().counties().first(YONGDENG_LON, YONGDENG_LAT)
                .orElseThrow();
        assertThat(memberships().tooltip(yongdeng)).isEqualTo("永登县 620121 · Liupan Mountains");

        fx(() -> appViewModelClick(CHANGAN_LON, CHANGAN_LAT));
        assertThat(app.window().statusLabel().getText()).contains("Hebei · 长安区 · in none of the 14 regions");
        assertThat(memberships().evidence().countyProperty().get().inNoRegion()).isTrue();
        Feature changan = app.window().mapPane().data().identifier().counties().first(CHANGAN_LON, CHANGAN_LAT)
                .orElseThrow();
        assertThat(memberships().tooltip(changan)).endsWith("· in none of the 14 regions");
    }

    @Test
    void aRegionListsItsMemberCountiesByProvinceAndAClickShowsOne() throws Exception {
        fx(() -> app.window().searchField().setText("liupan"));
        fx(() -> app.window().searchField().fireEvent(new javafx.event.ActionEvent()));
        MemberCountiesSection members = (MemberCountiesSection) app.window().panel().lookup(".member-counties");
        assertThat(members.countText()).isEqualTo("53 counties in this list; official count 61");
        assertThat(members.links()).hasSize(53);
        Hyperlink yongdeng = members.links().stream().filter(l -> "620121".equals(l.getUserData())).findFirst()
                .orElseThrow();
        assertThat(yongdeng.getText()).isEqualTo("永登县 · inferred");
        fx(yongdeng::fire);
        assertThat(memberships().evidence().countyProperty().get().code()).isEqualTo("620121");
        assertThat(app.window().mapPane().overlay().countyHighlighted()).isTrue();
        CountySection county = (CountySection) app.window().panel().lookup(".county-section");
        assertThat(county.isVisible()).isTrue();
        assertThat(county.lines()).contains("永登县  620121");

        fx(() -> app.window().searchField().setText("wuling"));
        fx(() -> app.window().searchField().fireEvent(new javafx.event.ActionEvent()));
        assertThat(county.isVisible()).as("another region chosen: its county no longer shown").isFalse();
        assertThat(app.window().mapPane().overlay().countyHighlighted()).isFalse();
    }

    @Test
    void anotherRegionsMemberCountiesAreShownByTheLinksMadeBeforeWithTheirOwnNamesAndCodes() throws Exception {
        select("liupan");
        MemberCountiesSection members = (MemberCountiesSection) app.window().panel().lookup(".member-counties");
        List<Hyperlink> liupan = members.links();
        assertThat(liupan).hasSize(53);
        Hyperlink yongdeng = liupan.stream().filter(l -> "620121".equals(l.getUserData())).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(yongdeng::fire).get(Patience.SECONDS, TimeUnit.SECONDS); // followed: visited
        assertThat(yongdeng.isVisited()).isTrue();

        select("dabie");
        List<Hyperlink> dabie = members.links();
        assertThat(dabie).isNotEmpty().noneMatch(l -> "620121".equals(l.getUserData()))
                .as("a link given another county is not marked as followed").noneMatch(Hyperlink::isVisited)
                .as("each link's tooltip names its own county").allMatch(MembershipWindowTest::tipNamesItsCounty);

        select("liupan");
        assertThat(members.links()).as("the same nodes, no new ones: a click makes and styles no node")
                .hasSize(53).allMatch(l -> liupan.stream().anyMatch(old -> old == l));
        assertThat(members.links()).filteredOn(l -> "620121".equals(l.getUserData())).singleElement()
                .satisfies(l -> assertThat(l.getText()).isEqualTo("永登县 · inferred"));
        assertThat(members.links()).allMatch(MembershipWindowTest::tipNamesItsCounty);
    }

    private static boolean tipNamesItsCounty(Hyperlink link) {
        return link.getTooltip().getText().contains(link.getText().substring(0, link.getText().indexOf(' ')));
    }

    private void select(String search) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            app.window().searchField().setText(search);
            app.window().searchField().fireEvent(new javafx.event.ActionEvent());
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRegionsInForceAreExportedAsAShapefileFromTheWindow() throws Exception {
        Path out = Files.createDirectories(dataDir.resolve("shp"));
        var task = WaitForAsyncUtils.asyncFx(() -> memberships().exportShapefile(ShapefileExport.Layer.REGIONS, out))
                .get(Patience.SECONDS, TimeUnit.SECONDS);
        task.get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(out.resolve("regions.shp")).exists();
        assertThat(out.resolve("regions.cpg")).hasContent("UTF-8");
        assertThat(out.resolve("regions.prj")).exists();
        assertThat(org.cpatlas.geo.MapSource.directory(out).readPolygons("regions", new org.cpatlas.geo.ShapefileReader()).size()).isEqualTo(14);
    }

    private void appViewModelClick(double lon, double lat) {
        app.window().mapPane().click(lon, lat);
    }
}
