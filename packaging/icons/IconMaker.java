import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.ShapefileReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws the atlas's application icon from its own map layers: the provinces of China in cream on a teal tile, the
 * 14 regions on them in the map's orange. Writes the window icons (PNG, 16-256 px) into the jar's resources and the
 * installers' icons (PNG 512 for Linux, ICO for Windows, ICNS for macOS) into packaging/icons. Run from the repository
 * root by packaging/icons/make-icons.sh.
 */
public final class IconMaker {

    static final int[] WINDOW_SIZES = {16, 24, 32, 48, 64, 128, 256};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    /** ICNS entry types holding PNG data, by size. */
    static final Map<Integer, String> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put(16, "icp4");
        ICNS_TYPES.put(32, "icp5");
        ICNS_TYPES.put(64, "icp6");
        ICNS_TYPES.put(128, "ic07");
        ICNS_TYPES.put(256, "ic08");
        ICNS_TYPES.put(512, "ic09");
        ICNS_TYPES.put(1024, "ic10");
    }

    public static void main(String[] args) throws IOException {
        Path maps = Path.of(args.length > 0 ? args[0] : "maps");
        Path resources = Path.of(args.length > 1 ? args[1] : "src/main/resources/org/cpatlas/app/icons");
        Path packaging = Path.of(args.length > 2 ? args[2] : "packaging/icons");
        FeatureLayer provinces = new ShapefileReader().read(maps.resolve("provinces_lo.shp"));
        FeatureLayer regions = new ShapefileReader().read(maps.resolve("regions_lo.shp"));
        // Mainland China and Hainan, as the atlas's whole-country view frames it: the southern islands would leave the
        // tile's lower half empty.
        Envelope extent = new Envelope(73.5, 135.1, 18.1, 53.6);
        Files.createDirectories(resources);
        Files.createDirectories(packaging);
        for (int size : WINDOW_SIZES) {
            ImageIO.write(draw(size, provinces, regions, extent), "png", resources.resolve("atlas-" + size + ".png").toFile());
        }
        ImageIO.write(draw(512, provinces, regions, extent), "png", packaging.resolve("atlas.png").toFile());
        Files.write(packaging.resolve("atlas.ico"), ico(provinces, regions, extent));
        Files.write(packaging.resolve("atlas.icns"), icns(provinces, regions, extent));
    }

    static BufferedImage draw(int size, FeatureLayer provinces, FeatureLayer regions, Envelope extent) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        // Small icons fill their square more: a 16 px tile has no pixels to spare on a margin.
        double inset = size <= 32 ? 0.02 : 0.06;
        double tile = size * (1 - 2 * inset);
        Shape background = new RoundRectangle2D.Double(size * inset, size * inset, tile, tile, tile * 0.36, tile * 0.36);
        g.setPaint(new GradientPaint(0, 0, new Color(0x1F6F7A), 0, size, new Color(0x0E4A57)));
        g.fill(background);
        g.clip(background);

        double margin = tile * (size <= 32 ? 0.05 : 0.09);
        AffineTransform toIcon = fit(extent, size * inset + margin, tile - 2 * margin);
        g.setColor(new Color(0xF6EFDF));
        for (Feature f : provinces.features()) {
            g.fill(toIcon.createTransformedShape(path(f.geometry())));
        }
        g.setColor(new Color(0xE8743B));
        for (Feature f : regions.features()) {
            g.fill(toIcon.createTransformedShape(path(f.geometry())));
        }
        if (size >= 64) {
            g.setColor(new Color(0xB4491C));
            g.setStroke(new BasicStroke((float) (size / 256.0), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Feature f : regions.features()) {
                g.draw(toIcon.createTransformedShape(path(f.geometry())));
            }
        }
        g.dispose();
        return image;
    }

    /** Lon/lat to icon pixels: an equirectangular map scaled by the cosine of the middle latitude, centred. */
    static AffineTransform fit(Envelope extent, double origin, double side) {
        double cos = Math.cos(Math.toRadians(extent.centre().y));
        double w = extent.getWidth() * cos;
        double h = extent.getHeight();
        double scale = side / Math.max(w, h);
        double ox = origin + (side - w * scale) / 2;
        double oy = origin + (side - h * scale) / 2;
        AffineTransform t = new AffineTransform();
        t.translate(ox, oy + h * scale);
        t.scale(scale * cos, -scale);
        t.translate(-extent.getMinX(), -extent.getMinY());
        return t;
    }

    static Path2D path(Geometry geometry) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            ring(path, polygon.getExteriorRing().getCoordinates());
            for (int r = 0; r < polygon.getNumInteriorRing(); r++) {
                ring(path, polygon.getInteriorRingN(r).getCoordinates());
            }
        }
        return path;
    }

    private static void ring(Path2D path, Coordinate[] cs) {
        path.moveTo(cs[0].x, cs[0].y);
        for (int i = 1; i < cs.length; i++) {
            path.lineTo(cs[i].x, cs[i].y);
        }
        path.closePath();
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon: PNG images in an ICO container (Windows Vista and later read PNG entries). */
    static byte[] ico(FeatureLayer provinces, FeatureLayer regions, Envelope extent) throws IOException {
        List<byte[]> pngs = new java.util.ArrayList<>();
        for (int size : ICO_SIZES) {
            pngs.add(png(draw(size, provinces, regions, extent)));
        }
        int offset = 6 + 16 * ICO_SIZES.length;
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        for (int i = 0; i < ICO_SIZES.length; i++) {
            int size = ICO_SIZES[i];
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] p : pngs) {
            out.write(p);
        }
        return out.toByteArray();
    }

    /** A macOS icon: PNG images in an ICNS container, 16 to 1024 px. */
    static byte[] icns(FeatureLayer provinces, FeatureLayer regions, Envelope extent) throws IOException {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(entries);
        for (Map.Entry<Integer, String> e : ICNS_TYPES.entrySet()) {
            byte[] p = png(draw(e.getKey(), provinces, regions, extent));
            data.writeBytes(e.getValue());
            data.writeInt(8 + p.length);
            data.write(p);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + entries.size());
        file.write(entries.toByteArray());
        return out.toByteArray();
    }
}
