package org.cpatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.cpatlas.geo.CountyInfo;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.Place;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ProvinceInfo;
import org.cpatlas.geo.RegionInfo;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.geo.ShapefileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
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
                throw new TypeConversionException("--format must be text or json, got '" + value + "'");
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

    @Option(names = "--maps", paramLabel = "DIR",
            description = "Folder with regions.shp, provinces.shp and counties.shp (default: -D" + MapSource.PROPERTY
                    + ", else ./maps, else the maps bundled in the application).")
    Path maps;

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
            // The bundled layers are checked by the map build and its tests; re-validating them on each command
            // would only add load time, and a damaged file is still reported as such by the reader.
            ShapefileReader reader = new ShapefileReader(
                    ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
            place = PlaceIdentifier.load(MapSource.locate(maps), reader).identify(x.get(), y.get());
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
            err.println("identify: " + name + " must be a number in degrees, got '" + value + "'" + HELP);
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
        String county = place.county().map(c -> c.code() + " " + c.nameZh()).orElse("none");
        return "point:    " + place.lon() + ", " + place.lat() + System.lineSeparator()
                + "region:   " + region + System.lineSeparator()
                + "province: " + province + System.lineSeparator()
                + "county:   " + county;
    }

    static String json(Place place) {
        StringBuilder s = new StringBuilder("{");
        s.append("\"lon\":").append(place.lon()).append(",\"lat\":").append(place.lat());
        s.append(",\"region\":");
        Optional<RegionInfo> region = place.region();
        if (region.isPresent()) {
            object(s, "code", region.get().code(), "name_zh", region.get().nameZh(), "name_en", region.get().nameEn());
        } else {
            s.append("null");
        }
        s.append(",\"province\":");
        Optional<ProvinceInfo> province = place.province();
        if (province.isPresent()) {
            object(s, "code", province.get().code(), "name_zh", province.get().nameZh(), "name_en", province.get().nameEn());
        } else {
            s.append("null");
        }
        s.append(",\"county\":");
        Optional<CountyInfo> county = place.county();
        if (county.isPresent()) {
            object(s, "code", county.get().code(), "name_zh", county.get().nameZh());
        } else {
            s.append("null");
        }
        s.append(",\"boundary_quality\":");
        place.boundaryQuality().ifPresentOrElse(q -> string(s, q), () -> s.append("null"));
        return s.append('}').toString();
    }

    private static void object(StringBuilder s, String... keysAndValues) {
        s.append('{');
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (i > 0) {
                s.append(',');
            }
            string(s, keysAndValues[i]);
            s.append(':');
            string(s, keysAndValues[i + 1]);
        }
        s.append('}');
    }

    /**
     * A JSON string with every non-ASCII character escaped, so the output survives a console whose encoding is not
     * UTF-8 (Windows, a C locale) and still decodes to the same Chinese names.
     */
    static void string(StringBuilder s, String value) {
        s.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }
}
