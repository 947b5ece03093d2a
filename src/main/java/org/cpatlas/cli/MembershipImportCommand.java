package org.cpatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.cpatlas.domain.MembershipListInfo;
import org.cpatlas.geo.MembershipCheck;
import org.cpatlas.geo.RegionLayerBuilder;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.imports.ImportException;
import org.cpatlas.imports.MembershipPlanner;
import org.cpatlas.imports.MembershipPreview;
import org.cpatlas.imports.MembershipPreviewText;
import org.cpatlas.imports.MembershipSettings;
import org.cpatlas.imports.RawTable;
import org.cpatlas.imports.SourceFile;
import org.cpatlas.store.AtlasStoreException;
import org.cpatlas.store.MembershipRepository;
import org.locationtech.jts.geom.GeometryFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code atlas membership import FILE}: reads a county-to-region list (CSV or XLSX) with the table import's reading and
 * key matching, prints the preview (columns, per-region counts beside the official ones, rows left out, what stops
 * it), then stores it in the user database in one transaction; {@code --dry-run} stores nothing. The list in force is
 * not changed: {@code membership use NAME} does that.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a county-to-region list (CSV or XLSX: a county code or name, with its province if you"
                + " like, and its region; optional basis, source and note columns). Prints what would be stored, then"
                + " stores it in your datasets database.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stored (or, with --dry-run, read and checked; or imported before)",
            "1:the file cannot be read or imported as it is; nothing was stored", "2:bad option"})
final class MembershipImportCommand implements Callable<Integer> {

    @ParentCommand
    private MembershipCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The list: .csv (UTF-8 or GB18030/GBK) or .xlsx.")
    private Path file;

    @Option(names = "--name", paramLabel = "TEXT", description = "The list's name (default: the file's name).")
    private String name;

    @Option(names = "--county", paramLabel = "COLUMN",
            description = "The county column (code or name): header, letter or number (default: found).")
    private String countyColumn;

    @Option(names = "--region", paramLabel = "COLUMN",
            description = "The region column: header, letter or number (default: found).")
    private String regionColumn;

    @Option(names = "--dry-run", description = "Print the preview; store nothing.")
    private boolean dryRun;

    @Mixin
    private TableReadingOptions reading = new TableReadingOptions();

    @Mixin
    private MapsOption maps = new MapsOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportSteps steps = new ImportSteps(spec, file);
        try {
            SourceFile source = SourceFile.of(file);
            RawTable table = reading.read(source);
            MembershipRepository lists = dryRun ? null : parent.root.userData().memberships();
            if (lists != null) {
                Optional<MembershipListInfo> before = lists.findImported(source.sha256(), table.sheet());
                if (before.isPresent()) {
                    return steps.importedBefore("the list '" + before.get().name() + "'", before.get().importedAt(),
                            "membership remove " + before.get().name());
                }
            }
            MapUnits units = MapUnits.load(maps.bundledSource());
            RegionLayerBuilder builder = new RegionLayerBuilder(units.regions(), units.counties(),
                    new GeometryFactory());
            MembershipPreview preview = new MembershipPlanner(units.gazetteer(),
                    new MembershipCheck(units.regions(), builder))
                    .preview(table, new MembershipSettings(countyColumn, regionColumn), name);
            OptionalInt stop = steps.stopsAfter(MembershipPreviewText.lines(preview), preview.canImport(),
                    preview.blocking(), "nothing was stored; the list in force is unchanged", dryRun,
                    () -> lists.writable());
            if (stop.isPresent()) {
                return stop.getAsInt();
            }
            MembershipListInfo stored = lists.store(preview.plan(), () -> false);
            long regions = preview.list().members().stream().map(m -> m.regionCode()).distinct().count();
            out.println("Stored the list '" + stored.name() + "': " + stored.rowsStored() + " counties in " + regions
                    + " regions (" + stored.rowsLeftOut() + " rows left out). The regions are still drawn from '"
                    + lists.inForce() + "'; to draw them from this list: atlas membership use " + stored.name());
            out.flush();
            return 0;
        } catch (ImportException | ShapefileException e) {
            return steps.failed(e.getMessage());
        } catch (AtlasStoreException e) {
            return steps.failed(e.userMessage());
        }
    }
}
