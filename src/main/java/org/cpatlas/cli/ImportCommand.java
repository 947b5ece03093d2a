package org.cpatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.cpatlas.domain.Dataset;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Level;
import org.cpatlas.domain.Observation;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.imports.ImportException;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.ImportSettings;
import org.cpatlas.imports.PreviewText;
import org.cpatlas.imports.RawTable;
import org.cpatlas.imports.SourceFile;
import org.cpatlas.imports.TablePlanner;
import org.cpatlas.imports.TablePreview;
import org.cpatlas.store.DatasetRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code atlas import FILE}: reads a county, province or region table (CSV or XLSX), prints the preview (how it was
 * read, the key and level, every column, the match report) and stores it as a dataset in the user database, in one
 * transaction; {@code --dry-run} stores nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a table of your own (CSV or XLSX) keyed by county, province or region: prints what"
                + " would be stored, then stores it in your datasets database (never in the bundled one).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stored (or, with --dry-run, read and matched; or imported before)",
            "1:the file cannot be read or imported as it is; nothing was stored", "2:bad option"})
final class ImportCommand implements Callable<Integer> {

    private static final String HELP = " (see 'atlas import --help')";

    @ParentCommand
    private AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The table: .csv (UTF-8 or GB18030/GBK; comma,"
            + " semicolon or tab) or .xlsx.")
    private Path file;

    @Option(names = "--level", paramLabel = "county|province|region",
            description = "What the keys are (default: found from the keys).")
    private String level;

    @Option(names = "--key", paramLabel = "COLUMN",
            description = "The key column: its header, letter (B) or number (2) (default: found).")
    private String key;

    @Option(names = "--source", paramLabel = "TEXT",
            description = "Where the figures come from (author, year, table), shown with every value.")
    private String source;

    @Option(names = "--dry-run", description = "Print the preview and the match report; store nothing.")
    private boolean dryRun;

    @Mixin
    private TableReadingOptions reading = new TableReadingOptions();

    @Mixin
    private MapsOption maps = new MapsOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportSteps steps = new ImportSteps(spec, file);
        Level chosenLevel = null;
        if (level != null) {
            chosenLevel = Level.fromKey(level);
            if (chosenLevel == null) {
                return ErrorExit.with(err, 2, "--level must be county, province or region, got '" + level + "'"
                        + HELP);
            }
        }
        try {
            SourceFile source = SourceFile.of(file);
            RawTable table = reading.read(source);
            DatasetRepository datasets = dryRun ? null : root.userData().datasets();
            if (datasets != null) {
                Optional<Dataset> before = datasets.findImported(source.sha256(), table.sheet());
                if (before.isPresent()) {
                    return steps.importedBefore("dataset " + before.get().id(), before.get().importedAt(),
                            "datasets remove " + before.get().id());
                }
            }
            MapUnits units = MapUnits.load(maps.source());
            TablePreview preview = new TablePlanner(units.gazetteer(), existingNames())
                    .preview(table, new ImportSettings(chosenLevel, key, java.util.Map.of(), java.util.Set.of()));
            OptionalInt stop = steps.stopsAfter(PreviewText.lines(preview), preview.canImport(), preview.blocking(),
                    "nothing was stored", dryRun, () -> datasets.writable());
            if (stop.isPresent()) {
                return stop.getAsInt();
            }
            ImportPlan plan = preview.plan(this.source);
            Dataset stored = datasets.store(plan, () -> false);
            out.println(stored(stored, plan));
            if (plan.sourceText().isEmpty()) {
                out.println("No source was given: the values are cited as your file. Next time add --source \"author,"
                        + " year, table\".");
            }
            out.flush();
            return 0;
        } catch (ImportException | ShapefileException e) {
            return steps.failed(e.getMessage());
        }
    }

    private List<String> existingNames() {
        List<String> names = new ArrayList<>();
        for (Observation o : root.store().repository().observations()) {
            names.add(o.indicator().nameEn());
            names.add(o.indicator().nameZh());
        }
        for (IndicatorInfo i : root.userData().datasets().indicators()) {
            names.add(i.name());
        }
        return names;
    }

    /** "county" / "counties", "province" / "provinces", "region" / "regions". */
    static String units(Level level, int n) {
        if (n == 1) {
            return level.key();
        }
        return level == Level.COUNTY ? "counties" : level.key() + "s";
    }

    private static String stored(Dataset dataset, ImportPlan plan) {
        StringBuilder line = new StringBuilder("Stored dataset " + dataset.id() + ": " + plan.indicators().size()
                + " indicator" + (plan.indicators().size() == 1 ? "" : "s") + " for " + dataset.rowsStored() + " "
                + units(dataset.level(), dataset.rowsStored()) + " (" + dataset.rowsLeftOut()
                + " rows left out). Indicators:");
        for (int i = 0; i < plan.indicators().size(); i++) {
            ImportPlan.Indicator indicator = plan.indicators().get(i);
            line.append("\n  ").append(dataset.indicators().get(i)).append("  ").append(indicator.name());
            if (!indicator.unit().isEmpty() || indicator.year() != null) {
                line.append(" (").append(indicator.unit()).append(indicator.unit().isEmpty() || indicator.year() == null
                        ? "" : ", ").append(indicator.year() == null ? "" : indicator.year()).append(')');
            }
            line.append(": ").append(indicator.reported()).append(" values");
        }
        return line.toString();
    }
}
