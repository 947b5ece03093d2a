package org.cpatlas.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cpatlas.files.EchoedText;
import org.cpatlas.files.FileErrors;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.OutputFile;
import org.cpatlas.files.WriteRules;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.print.AtomicOutput;
import org.cpatlas.print.Cancellation;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.ExportCancelledException;
import org.cpatlas.print.ExportException;
import org.cpatlas.print.IndicatorPages;
import org.cpatlas.print.MapContent;
import org.cpatlas.print.MapPage;
import org.cpatlas.print.MapSheet;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.PdfPageWriter;
import org.cpatlas.print.PngPageWriter;
import org.cpatlas.render.MapLayers;
import org.cpatlas.print.PrintPage;
import org.cpatlas.print.PrintStyle;
import org.cpatlas.print.ProgressListener;
import org.cpatlas.print.RegionExtent;
import org.cpatlas.print.RegionSheet;
import org.cpatlas.print.RegionSheetPage;
import org.cpatlas.print.StoreSheets;
import org.cpatlas.print.SvgPageWriter;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.MapViewport;
import org.cpatlas.store.AtlasRepository;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas export --region NAME}: one region's sheet (or map) as PNG, PDF or SVG, headless. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export one region's sheet (map, province table, gap chart, sources) or its map page as PNG,"
                + " PDF or SVG, without a display.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "1:the file or the map layers cannot be read or written",
            "2:bad option or unknown region"})
final class ExportCommand implements Callable<Integer> {

    /** What goes on the page. */
    enum Layout { SHEET, MAP }

    /** The output formats, named as the file extensions. */
    enum Format {
        PNG(FileKind.PNG), PDF(FileKind.PDF), SVG(FileKind.SVG);

        private final FileKind kind;

        Format(FileKind kind) {
            this.kind = kind;
        }

        /** What a file of this format holds, to tell whether it may replace an existing file. */
        FileKind kind() {
            return kind;
        }
    }

    @ParentCommand
    private AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--region", paramLabel = "NAME",
            description = "Region by code, Chinese or English name (liupan, 六盘山区, Liupan); required unless"
                    + " --indicator maps the whole country (--layout map).")
    private String region;

    @Mixin
    private IndicatorOptions indicator = new IndicatorOptions();

    // Options are parsed here rather than by picocli converters so that every mistake gets one plain line.
    @Option(names = "--format", paramLabel = "png|pdf|svg",
            description = "Output format (default: from the --out extension, else pdf).")
    private String format;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300",
            description = "Resolution of PNG output, 72-600 (default: ${DEFAULT-VALUE}).")
    private String dpi;



    @Mixin
    private PageOptions page = new PageOptions();

    @Mixin
    private MapsOption maps = new MapsOption();

    @Option(names = "--layout", paramLabel = "sheet|map", defaultValue = "sheet",
            description = "sheet: map, province table, gap chart and sources (default); map: the map page only.")
    private String layout;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file (default: REGION-CODE.FORMAT here); - writes to standard output.")
    private Path out;

    @Mixin
    private WriteOptions writing = new WriteOptions();

    @Option(names = "--layer", paramLabel = "regions|counties",
            description = "Export a map layer instead of a page: the regions of the county list in force, or the"
                    + " counties with the region of each, as a shapefile (.shp, .shx, .dbf, .cpg, .prj) in the folder"
                    + " --out DIR (--format shp).")
    private String layer;


    @Override
    public Integer call() {
        // Java2D only, never a window: safe without a display even when the launcher did not set it first.
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec.commandLine().getErr();
        if (layer != null) {
            return LayerExport.run(layer, format, out, maps, writing, root, spec.commandLine().getOut(), err);
        }
        try {
            Format chosenFormat = format();
            Dpi chosenDpi = dpi();
            PageSetup setup = parse(page::setup);
            Layout chosenLayout = parseEnum(Layout.class, layout, "--layout must be sheet or map");
            if (region == null && !indicator.given()) {
                throw new UsageError("Missing required option: '--region=NAME'");
            }
            AtlasRepository repository = root.store().repository();
            if (region != null && repository.findRegion(region).isEmpty()) {
                throw new UsageError(unknownRegion(repository, region), "");
            }
            org.cpatlas.render.ClassSpec classSpec = indicator.given() ? indicator.spec() : null;
            org.cpatlas.domain.IndicatorInfo info = indicator.given() ? indicator.info(root.indicators()) : null;
            if (region == null) {
                chosenLayout = Layout.MAP; // without a region there is no sheet: the whole country's map
            }
            Path target = out != null ? out : Path.of((region != null ? repository.findRegion(region).get().code()
                    : info.code().replace('.', '-')) + "." + chosenFormat.name().toLowerCase(Locale.ROOT));
            boolean toStandardOutput = OutputFile.isStandardOutput(out);
            MapSource mapSource = maps.source();
            WriteRules rules = writing.rules(root, mapSource);
            if (!toStandardOutput) {
                AtomicOutput.checkWritable(target, chosenFormat.kind(), rules);
            }

            // Read as the window reads them (MapsOption.reader): a layer the window refuses is refused here too.
            ShapefileReader reader = maps.reader();
            PrintStyle style = PrintStyle.light(AtlasFonts.load());
            boolean counties = info != null && info.level() == org.cpatlas.domain.Level.COUNTY;
            MapLayers layers = MapLayers.load(mapSource, reader, counties);
            StoreSheets sheets = new StoreSheets(repository, layers);
            MapContent content = info == null ? sheets.content(style.theme(), LocalDate.now())
                    : IndicatorPages.content(layers, IndicatorOptions.map(root.indicators().data(info.code())
                            .orElseThrow(), classSpec, layers), LocalDate.now());
            PrintPage page;
            if (region == null) {
                page = new MapPage(wholeCountry(info, content), setup, style);
            } else {
                RegionSheet sheet = sheets.sheet(region)
                        .orElseThrow(() -> new UsageError(unknownRegion(repository, region), ""));
                page = chosenLayout == Layout.SHEET
                        ? new RegionSheetPage(sheet, content, setup, style)
                        : new MapPage(mapSheet(sheet, content), setup, style);
            }
            if (toStandardOutput) {
                return writeToStandardOutput(chosenFormat, page, chosenDpi, style, err);
            }
            long start = System.nanoTime();
            switch (chosenFormat) {
                case PNG -> new PngPageWriter().write(page, chosenDpi, target, rules);
                case PDF -> new PdfPageWriter(style.fonts()).write(page, target, rules);
                case SVG -> new SvgPageWriter().write(page, target, rules);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().println("Wrote " + EchoedText.path(target) + " ("
                    + describe(chosenFormat, page, chosenDpi)
                    + ", " + Files.size(target) / 1024 + " KB, " + ms + " ms)");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (UsageError e) {
            err.println("atlas: " + e.getMessage() + e.hint());
            err.flush();
            return 2;
        } catch (ExportException e) {
            err.println("atlas: " + WriteOptions.message(e));
            err.flush();
            return 1;
        } catch (ShapefileException e) {
            err.println("atlas: " + oneLine(e.getMessage()));
            err.flush();
            return 1;
        } catch (java.io.IOException e) {
            err.println("atlas: cannot read the written file: " + FileErrors.describe(e));
            err.flush();
            return 1;
        }
    }

    /**
     * The page as bytes on standard output, and nothing else there: no "Wrote" line (a script pipes the bytes on).
     * Not all or nothing, as a file is: a failure midway leaves what was sent, and the exit code says so.
     */
    private int writeToStandardOutput(Format format, PrintPage page, Dpi dpi, PrintStyle style, PrintWriter err) {
        try {
            OutputStream stream = new BufferedOutputStream(root.standardOutput(), 1 << 16);
            switch (format) {
                case PNG -> new PngPageWriter().write(page, dpi, stream);
                case PDF -> new PdfPageWriter(style.fonts()).write(List.of(page), stream, "", ProgressListener.NONE,
                        Cancellation.NEVER);
                case SVG -> new SvgPageWriter().write(page, stream);
            }
            stream.flush();
            return 0;
        } catch (java.io.IOException e) {
            err.println("atlas: cannot write to standard output: " + FileErrors.describe(e));
            err.flush();
            return 1;
        } catch (ExportCancelledException e) {
            throw new IllegalStateException("cannot happen: never cancelled", e);
        }
    }

    /** The map page of the whole country, titled with the indicator it maps. */
    static MapSheet wholeCountry(org.cpatlas.domain.IndicatorInfo info, MapContent content) {
        Envelope china = new Envelope(73.0, 135.5, 17.5, 53.8);
        MapViewport viewport = MapViewport.fitting(china, 800, 800, 10);
        return new MapSheet(info.title(), "China's contiguous poor regions 中国集中连片特困地区", viewport,
                content.layers(), content.styling(), content.options(), content.legendTitle(), content.sourceLine(),
                content.date());
    }

    /** The map page of one region: the whole region in view and selected, titled with its names. */
    static MapSheet mapSheet(RegionSheet sheet, MapContent content) {
        Envelope extent = RegionExtent.orWholeMap(content.layers(), sheet.code());
        // A notional 800 x 800 window; the page keeps this extent at its own size and resolution.
        MapViewport viewport = MapViewport.fitting(extent, 800, 800, 30);
        return new MapSheet(sheet.nameZh(), sheet.nameEn(), viewport, content.layers(),
                content.styling().withSelected(sheet.code()), content.options(), content.legendTitle(),
                content.sourceLine(), content.date());
    }

    private Format format() {
        if (format != null) {
            return parseEnum(Format.class, format, "--format must be png, pdf or svg, got '" + EchoedText.of(format)
                    + "'");
        }
        if (out != null) {
            String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : Format.values()) {
                if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
        }
        return Format.PDF;
    }

    private Dpi dpi() {
        int value;
        try {
            value = Integer.parseInt(dpi.trim());
        } catch (NumberFormatException e) {
            throw new UsageError("--dpi must be a whole number between 72 and 600, got '" + EchoedText.of(dpi) + "'");
        }
        if (value < Dpi.MIN || value > Dpi.MAX) {
            throw new UsageError("--dpi must be between " + Dpi.MIN + " and " + Dpi.MAX + ", got " + value);
        }
        return new Dpi(value);
    }

    private static String describe(Format format, PrintPage page, Dpi dpi) {
        PageSetup setup = page.setup();
        String paper = setup.paper() + " " + setup.orientation().name().toLowerCase(Locale.ROOT);
        if (format == Format.PNG) {
            var size = setup.pixelSize(dpi);
            return paper + ", " + size.width() + " x " + size.height() + " px at " + dpi.value() + " DPI";
        }
        return paper + ", vector";
    }

    static String unknownRegion(AtlasRepository repository, String name) {
        String closest = repository.closestRegions(name, 3).stream()
                .map(r -> r.code() + " (" + r.nameZh() + ", " + r.nameEn() + ")")
                .collect(Collectors.joining(", "));
        return "unknown region '" + EchoedText.of(name) + "'; closest matches: " + closest + " (see 'atlas regions')";
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String message) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError(message);
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /** A mistake in the command line: reported on one line with exit code 2. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String hint;

        /** A bad option value: the hint points to the command's usage. */
        UsageError(String message) {
            this(message, " (see 'atlas export --help')");
        }

        UsageError(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        /** Where to look next, appended to the message (the unknown-region message carries its own). */
        String hint() {
            return hint;
        }
    }

}
