package org.cpatlas.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.cpatlas.files.EchoedText;
import org.cpatlas.geo.Place;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code identify LON LAT}: prints the region, province and county at a point, as text or JSON. */
@Command(name = "identify", mixinStandardHelpOptions = true,
        description = "Print the region, province and county at a point given in WGS84 lon/lat degrees.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the point was identified (it may lie in no region)", "1:the map layers cannot be read",
            "2:bad arguments"})
public final class IdentifyCommand implements Callable<Integer> {

    /** Plain decimal numbers only: Double.parseDouble would also take "NaN", "0x1p3" and "12d". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** Every usage error ends with where to read the usage, as picocli's own errors do. */
    private static final String HELP = " (see 'atlas identify --help')";

    /** Output formats of {@code --format}. */
    enum Format { TEXT, JSON }

    /** Accepts the format in any case and rejects others with the allowed values, on one line. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("--format must be text or json, got '" + EchoedText.of(value) + "'");
            }
        }
    }

    @Parameters(index = "0", paramLabel = "LON", description = "Longitude in degrees east, -180 to 180.")
    String lon;

    @Parameters(index = "1", paramLabel = "LAT", description = "Latitude in degrees north, -90 to 90.")
    String lat;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = FormatConverter.class,
            description = "Output format: text (default) or json.")
    Format format;


    @Mixin
    MapsOption maps = new MapsOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Double> x = coordinate(lon, "LON", 180, err);
        Optional<Double> y = x.isEmpty() ? Optional.empty() : coordinate(lat, "LAT", 90, err);
        if (x.isEmpty() || y.isEmpty()) {
            return 2;
        }
        Place place;
        try {
            // Read as the window reads them (MapsOption.reader): a layer the window refuses is refused here too.
            place = PlaceIdentifier.load(maps.source(), maps.reader()).identify(x.get(), y.get());
        } catch (ShapefileException e) {
            err.println("identify: " + e.getMessage());
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(format == Format.JSON ? json(place) : text(place));
        out.flush();
        return 0;
    }

    private static Optional<Double> coordinate(String value, String name, double limit, PrintWriter err) {
        String v = value.trim();
        if (!DECIMAL.matcher(v).matches()) {
            err.println("identify: " + name + " must be a number in degrees, got '" + EchoedText.of(value) + "'"
                    + HELP);
            err.flush();
            return Optional.empty();
        }
        double d = Double.parseDouble(v);
        if (d < -limit || d > limit) {
            err.println("identify: " + name + " must be between -" + (int) limit + " and " + (int) limit + ", got " + v
                    + HELP);
            err.flush();
            return Optional.empty();
        }
        // Adding 0.0 turns -0 into 0, which would otherwise be printed as "-0.0".
        return Optional.of(d + 0.0);
    }

    static String text(Place place) {
        String region = place.region().map(r -> r.code() + " " + r.nameZh() + " (" + r.nameEn() + ")"
                + (r.boundaryQuality().isEmpty() ? "" : ", boundary " + r.boundaryQuality())).orElse("none");
        String province = place.province().map(p -> p.code() + " " + p.nameZh() + " (" + p.nameEn() + ")").orElse("none");
        // Taiwan's, Hong Kong's and Macao's units have no GB/T 2260 code: their name alone, as the map draws it.
        String county = place.county().map(c -> (c.code().isEmpty() ? "" : c.code() + " ") + c.nameZh()).orElse("none");
        return "point:    " + place.lon() + ", " + place.lat() + System.lineSeparator()
                + "region:   " + region + System.lineSeparator()
                + "province: " + province + System.lineSeparator()
                + "county:   " + county;
    }

    /** The same JSON writer as the other commands: exact numbers, UTF-8 names, null where nothing is there. */
    static String json(Place place) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lon", BigDecimal.valueOf(place.lon()));
        out.put("lat", BigDecimal.valueOf(place.lat()));
        out.put("region", place.region().map(r -> object("code", r.code(), "name_zh", r.nameZh(), "name_en",
                r.nameEn())).orElse(null));
        out.put("province", place.province().map(p -> object("code", p.code(), "name_zh", p.nameZh(), "name_en",
                p.nameEn())).orElse(null));
        out.put("county", place.county().map(c -> object("code", c.code(), "name_zh", c.nameZh())).orElse(null));
        out.put("boundary_quality", place.boundaryQuality().orElse(null));
        return Json.write(out);
    }

    private static Map<String, Object> object(String... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
