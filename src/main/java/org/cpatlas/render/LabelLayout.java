package org.cpatlas.render;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * The one label placement of the atlas map, for the window and for every printed or exported map (each draws the
 * result its own way). Every region in view gets one label, however many parts it has: inside it where the text
 * fits (centred on a pole of inaccessibility, {@link LabelSites}), otherwise beside it with a leader line, at the
 * nearest free place that covers the least of other regions. No label overlaps another label, a leader line, or an
 * obstacle (legend, scale bar, north arrow, inset), and every label lies wholly inside the frame. Province labels are
 * placed after all region labels, only inside their province and only where room is left: they give way.
 *
 * <p>Whether a label fits inside a feature is remembered per zoom, so panning (which changes only the origin) costs
 * a few box tests. Not thread-safe: one instance per window or per page drawn.
 */
public final class LabelLayout {

    /** The size of a feature's label text block in output pixels, or null when it has no text. */
    @FunctionalInterface
    public interface Sizes {
        Size of(LabelKind kind, int feature);
    }

    /** Width and height of a label's text block in output pixels. */
    public record Size(double width, double height) {
    }

    /** Inner points tried for a label inside its feature (best first). */
    private static final int INSIDE_TRIES = 8;
    private static final int PROVINCE_TRIES = 3;
    private static final int DIRECTIONS = 16;
    /** Points of a region a leader may start from. */
    private static final int LEADER_ANCHORS = 3;
    /** Greedy passes at most, each starting with the regions the one before could not place. */
    private static final int ATTEMPTS = 4;
    /** Further passes in shuffled orders (a fixed seed: the same map gets the same labels) when some still fail. */
    private static final int SHUFFLED_ATTEMPTS = 8;
    private static final double ANCHORS_APART_PT = 10;
    private static final int CLIP_GRID = 10;
    /** Candidates kept per anchor wanted, before those too close together are dropped. */
    private static final int POOL_PER_ANCHOR = 4;
    /** Distances of the rings of outside positions, in points (scaled by the output's pixels per point). */
    private static final double[] RINGS_PT = {3, 8, 14, 21, 30, 40, 52, 66, 82, 100, 122, 148, 178, 212, 250, 295,
        345, 400, 460};
    /** Cost, in points of leader length, of each sampled point of a label lying over another region. */
    private static final double COVER_COST_PT = 9;
    /** Cost, in points of leader length, of a label covering one of another region's label points. */
    private static final double ANCHOR_COVER_COST_PT = 40;

    private final DrawableLayer regions;
    private final DrawableLayer provinces;
    private final List<Integer> regionOrder;
    private final List<Integer> provinceOrder;
    private double cachedZoom = Double.NaN;
    /** The last placement, for a pan that keeps it. */
    private Previous previous;
    private List<Integer> unplaced = List.of();
    private final Map<FitKey, Boolean> fits = new HashMap<>();
    private final Map<ClipKey, Anchor> clipped = new HashMap<>();

    /** @param provinces may be null: no province labels */
    public LabelLayout(DrawableLayer regions, DrawableLayer provinces) {
        this.regions = regions;
        this.provinces = provinces;
        this.regionOrder = byArea(regions);
        this.provinceOrder = provinces == null ? List.of() : byArea(provinces);
    }

    /**
     * Places the labels of the regions (and, when asked, of the provinces) that a viewport shows.
     *
     * @param obstacles   boxes in viewport pixels that no label or leader may touch (legend, scale bar, inset)
     * @param pxPerPt     output pixels per point: paddings and leader lengths are in points
     */
    public List<PlacedLabel> place(MapViewport vp, Sizes sizes, List<Rectangle2D> obstacles, boolean withProvinces,
            double pxPerPt) {
        if (vp.zoom() != cachedZoom) {
            fits.clear();
            clipped.clear();
            cachedZoom = vp.zoom();
            previous = null;
        }
        View view = new View(vp, pxPerPt, obstacles);
        Envelope bounds = vp.lonLatBounds();
        Set<Integer> inView = featuresInView(bounds, withProvinces);
        // A pan at the same zoom keeps the labels where they are on the map while they all still fit: they move with
        // it instead of jumping, and the frame costs a few box tests.
        if (previous != null && previous.sizes == sizes && previous.obstacles.equals(obstacles)
                && previous.inView.equals(inView) && previous.pxPerPt == pxPerPt) {
            List<PlacedLabel> moved = previous.movedTo(view);
            if (moved != null) {
                unplaced = previous.unplaced;
                return moved;
            }
        }
        List<Candidate> shown = new ArrayList<>();
        for (int i : regionOrder) {
            Size size = sizes.of(LabelKind.REGION, i);
            if (size == null || !regions.feature(i).geometry().getEnvelopeInternal().intersects(bounds)) {
                continue;
            }
            List<Anchor> anchors = visibleAnchors(regions.labelSites(i), i, view, INSIDE_TRIES);
            if (!anchors.isEmpty()) {
                shown.add(new Candidate(i, anchors, size));
            }
        }
        Rectangle2D[] regionBoxes = screenBoxes(view);
        // Greedy placement in the order of size; when a region finds no room, it goes first in the next attempt (a
        // crowded centre is surrounded by its neighbours' labels and leaders if it comes last).
        Attempt best = null;
        List<Candidate> order = shown;
        java.util.Random shuffle = new java.util.Random(shown.size());
        for (int attempt = 0; attempt < ATTEMPTS + SHUFFLED_ATTEMPTS; attempt++) {
            Attempt result = attempt(order, view, regionBoxes);
            if (best == null || result.placed.size() > best.placed.size()) {
                best = result;
            }
            if (result.failed.isEmpty()) {
                break;
            }
            List<Candidate> next = new ArrayList<>(result.failed);
            List<Candidate> rest = new ArrayList<>(order);
            rest.removeAll(result.failed);
            if (attempt >= ATTEMPTS - 1) {
                java.util.Collections.shuffle(rest, shuffle);
            }
            next.addAll(rest);
            order = next;
        }
        List<PlacedLabel> placed = new ArrayList<>(best.placed);
        unplaced = best.failed.stream().map(Candidate::feature).toList();
        List<PlacedLabel> all = placed;
        if (withProvinces && provinces != null) {
            for (int i : provinceOrder) {
                Size size = sizes.of(LabelKind.PROVINCE, i);
                if (size == null || !provinces.feature(i).geometry().getEnvelopeInternal().intersects(bounds)) {
                    continue;
                }
                LabelSites sites = provinces.labelSites(i);
                List<Anchor> anchors = visibleAnchors(sites, -1, view, PROVINCE_TRIES);
                PlacedLabel inside = inside(LabelKind.PROVINCE, i, sites, anchors, size, view, best.taken, false);
                if (inside != null) {
                    placed.add(inside);
                }
            }
        }
        previous = new Previous(sizes, List.copyOf(obstacles), inView, pxPerPt, view.originX, view.originY,
                List.copyOf(all), unplaced);
        return placed;
    }

    /** The regions (and provinces) whose outline's bounds meet the view's: when they change, labels are placed anew. */
    private Set<Integer> featuresInView(Envelope bounds, boolean withProvinces) {
        Set<Integer> in = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            if (regions.feature(i).geometry().getEnvelopeInternal().intersects(bounds)) {
                in.add(i);
            }
        }
        if (withProvinces && provinces != null) {
            for (int i = 0; i < provinces.size(); i++) {
                if (provinces.feature(i).geometry().getEnvelopeInternal().intersects(bounds)) {
                    in.add(-1 - i);
                }
            }
        }
        return in;
    }

    /** One greedy pass: labels inside their region where they fit, then the others beside theirs. */
    private Attempt attempt(List<Candidate> order, View view, Rectangle2D[] regionBoxes) {
        Occupancy taken = new Occupancy(2 * view.pxPerPt);
        view.obstacles.forEach(taken::block);
        List<PlacedLabel> placed = new ArrayList<>();
        List<Candidate> outside = new ArrayList<>();
        List<Candidate> failed = new ArrayList<>();
        for (Candidate c : order) {
            PlacedLabel inside = inside(LabelKind.REGION, c.feature, regions.labelSites(c.feature), c.anchors, c.size,
                    view, taken, true);
            if (inside != null) {
                placed.add(inside);
            } else {
                outside.add(c);
            }
        }
        for (Candidate c : outside) {
            PlacedLabel beside = beside(c, view, taken, regionBoxes, order);
            if (beside != null) {
                placed.add(beside);
            } else {
                failed.add(c);
            }
        }
        return new Attempt(placed, failed, taken);
    }

    /** Each region's outline bounds in the view's pixels: a label box away from them covers none of them. */
    private Rectangle2D[] screenBoxes(View view) {
        Rectangle2D[] boxes = new Rectangle2D[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            Envelope e = regions.labelSites(r).bounds();
            boxes[r] = e.isNull() ? new Rectangle2D.Double() : new Rectangle2D.Double(view.screenX(e.getMinX()),
                    view.screenY(e.getMinY()), e.getWidth() * view.scale, e.getHeight() * view.scale);
        }
        return boxes;
    }

    /** The regions in view that the last {@link #place} found no room for (none, as a rule). */
    public List<Integer> unplaced() {
        return unplaced;
    }

    /** The first of the anchors where the label fits inside the feature and is free; null if none. */
    private PlacedLabel inside(LabelKind kind, int feature, LabelSites sites, List<Anchor> anchors, Size size,
            View view, Occupancy taken, boolean mustFit) {
        for (int k = 0; k < anchors.size(); k++) {
            Anchor a = anchors.get(k);
            Rectangle2D box = new Rectangle2D.Double(a.x - size.width() / 2, a.y - size.height() / 2, size.width(),
                    size.height());
            if (!view.frame.contains(box) || !taken.free(box)) {
                continue;
            }
            if (mustFit && !fitsInside(kind, feature, a, k, size, sites, view)) {
                continue;
            }
            taken.add(box);
            return new PlacedLabel(kind, feature, box, new Point2D.Double(a.x, a.y), false);
        }
        return null;
    }

    private boolean fitsInside(LabelKind kind, int feature, Anchor a, int index, Size size, LabelSites sites,
            View view) {
        FitKey key = new FitKey(kind, feature, a.worldX, a.worldY, size.width(), size.height());
        return fits.computeIfAbsent(key, k -> sites.contains(new Envelope(
                a.worldX - size.width() / 2 / view.scale, a.worldX + size.width() / 2 / view.scale,
                a.worldY - size.height() / 2 / view.scale, a.worldY + size.height() / 2 / view.scale)));
    }

    /**
     * The label beside its region, at the free place with the shortest leader and the least cover of others; the
     * leader may start from any of the region's best points (one may be walled in by other labels where another is
     * not).
     */
    private PlacedLabel beside(Candidate c, View view, Occupancy taken, Rectangle2D[] regionBoxes,
            List<Candidate> all) {
        double w = c.size.width();
        double h = c.size.height();
        Rectangle2D best = null;
        Anchor bestAnchor = null;
        double bestCost = Double.POSITIVE_INFINITY;
        int anchors = Math.min(LEADER_ANCHORS, c.anchors.size());
        for (double ringPt : RINGS_PT) {
            double d = ringPt * view.pxPerPt;
            if (d > bestCost) {
                break; // every later ring costs at least its distance
            }
            for (int a = 0; a < anchors; a++) {
                Anchor anchor = c.anchors.get(a);
                for (int k = 0; k < DIRECTIONS; k++) {
                    double angle = 2 * Math.PI * k / DIRECTIONS;
                    double cx = anchor.x + Math.cos(angle) * (d + w / 2);
                    double cy = anchor.y + Math.sin(angle) * (d + h / 2);
                    Rectangle2D box = new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
                    if (!view.frame.contains(box) || !taken.free(box)) {
                        continue;
                    }
                    // A leader from a lesser point is a little longer in the reader's eye.
                    double cost = d + a * 2 * view.pxPerPt;
                    if (cost >= bestCost) {
                        continue;
                    }
                    Line2D leader = leader(anchor, box);
                    if (taken.crossed(leader)) {
                        continue;
                    }
                    cost += coverCost(c.feature, box, view, regionBoxes) + anchorCost(c, box, all, view);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = box;
                        bestAnchor = anchor;
                    }
                }
            }
        }
        if (best == null) {
            return null;
        }
        taken.add(best);
        taken.addLeader(leader(bestAnchor, best));
        return new PlacedLabel(LabelKind.REGION, c.feature, best, new Point2D.Double(bestAnchor.x, bestAnchor.y),
                true);
    }

    private static Line2D leader(Anchor anchor, Rectangle2D box) {
        double x = Math.max(box.getMinX(), Math.min(box.getMaxX(), anchor.x));
        double y = Math.max(box.getMinY(), Math.min(box.getMaxY(), anchor.y));
        return new Line2D.Double(anchor.x, anchor.y, x, y);
    }

    /**
     * A label sitting on another region's best points would leave that region no place to start its own leader
     * from: a cost for each such point covered.
     */
    private static double anchorCost(Candidate own, Rectangle2D box, List<Candidate> all, View view) {
        double cost = 0;
        for (Candidate other : all) {
            if (other == own) {
                continue;
            }
            for (int a = 0; a < Math.min(LEADER_ANCHORS, other.anchors.size()); a++) {
                if (box.contains(other.anchors.get(a).x, other.anchors.get(a).y)) {
                    cost += ANCHOR_COVER_COST_PT * view.pxPerPt;
                }
            }
        }
        return cost;
    }

    /** How much of other regions the box would hide: points of a 3 x 3 grid over them, weighted. */
    private double coverCost(int own, Rectangle2D box, View view, Rectangle2D[] regionBoxes) {
        List<Integer> near = new ArrayList<>();
        for (int r = 0; r < regionBoxes.length; r++) {
            if (r != own && regionBoxes[r].intersects(box)) {
                near.add(r);
            }
        }
        if (near.isEmpty()) {
            return 0;
        }
        int covered = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double wx = view.worldX(box.getX() + box.getWidth() * (i / 2.0));
                double wy = view.worldY(box.getY() + box.getHeight() * (j / 2.0));
                for (int r : near) {
                    if (regions.labelSites(r).covers(wx, wy)) {
                        covered++;
                        break;
                    }
                }
            }
        }
        return covered * COVER_COST_PT * view.pxPerPt;
    }

    /**
     * Points of the feature in view, best first: the sites whose clearance, cut by the distance to the frame's
     * edge, is largest. A feature that shows only where no site is (a corner of it at the frame's edge) gets the
     * pole of what the frame shows of it; one that does not show at all gets none.
     */
    private List<Anchor> visibleAnchors(LabelSites sites, int feature, View view, int limit) {
        List<Anchor> found = new ArrayList<>();
        int pool = limit * POOL_PER_ANCHOR;
        double poolFloor = -1;
        for (LabelSites.Site s : sites.sites()) {
            // Sites come largest clearance first, and a score is at most the clearance: once the pool is full and
            // a site's clearance is below the pool's least score, no later site can enter it.
            if (found.size() >= pool && s.clearance() * view.scale <= poolFloor) {
                break;
            }
            double x = view.screenX(s.x());
            double y = view.screenY(s.y());
            if (!view.frame.contains(x, y) || view.hidden(x, y)) {
                continue;
            }
            double edge = Math.min(Math.min(x - view.frame.getMinX(), view.frame.getMaxX() - x),
                    Math.min(y - view.frame.getMinY(), view.frame.getMaxY() - y));
            found.add(new Anchor(x, y, s.x(), s.y(), Math.min(s.clearance() * view.scale, edge)));
            if (found.size() >= pool) {
                found.sort(Comparator.comparingDouble((Anchor a) -> -a.score));
                while (found.size() > pool) {
                    found.remove(found.size() - 1);
                }
                poolFloor = found.get(found.size() - 1).score;
            }
        }
        found.sort(Comparator.comparingDouble((Anchor a) -> -a.score));
        if (found.isEmpty() && feature >= 0) {
            Anchor edge = clippedAnchor(feature, view);
            return edge == null ? List.of() : List.of(edge);
        }
        // Points a little apart, so that the tries (and the leaders' starts) are real alternatives.
        double apart = ANCHORS_APART_PT * view.pxPerPt;
        List<Anchor> chosen = new ArrayList<>(limit);
        for (Anchor a : found) {
            boolean near = false;
            for (Anchor b : chosen) {
                if (Math.abs(a.x - b.x) < apart && Math.abs(a.y - b.y) < apart) {
                    near = true;
                    break;
                }
            }
            if (!near) {
                chosen.add(a);
                if (chosen.size() == limit) {
                    break;
                }
            }
        }
        return chosen;
    }

    /**
     * A point of the part of a region inside the frame (the frame's edge cuts the region where none of its sites
     * shows): the inner point of a 10 x 10 grid over that part farthest from the frame's edge, or null when none of
     * the grid falls inside (too little of the region shows to be named).
     */
    private Anchor clippedAnchor(int feature, View view) {
        // Views that differ by less than a sixteenth of their size share the answer: a pan costs one search a step.
        double step = Math.max(view.frame.getWidth(), view.frame.getHeight()) / 16;
        ClipKey key = new ClipKey(feature, Math.round(view.originX / step), Math.round(view.originY / step));
        if (clipped.containsKey(key)) {
            Anchor cached = clipped.get(key);
            return cached == null ? null : cached.at(view);
        }
        LabelSites sites = regions.labelSites(feature);
        Envelope frame = new Envelope(view.worldX(view.frame.getMinX()), view.worldX(view.frame.getMaxX()),
                view.worldY(view.frame.getMinY()), view.worldY(view.frame.getMaxY()));
        Envelope part = frame.intersection(sites.bounds());
        Anchor found = null;
        if (!part.isNull()) {
            double bestEdge = -1;
            for (int i = 0; i < CLIP_GRID; i++) {
                for (int j = 0; j < CLIP_GRID; j++) {
                    double wx = part.getMinX() + (i + 0.5) * part.getWidth() / CLIP_GRID;
                    double wy = part.getMinY() + (j + 0.5) * part.getHeight() / CLIP_GRID;
                    double x = view.screenX(wx);
                    double y = view.screenY(wy);
                    if (!sites.covers(wx, wy) || view.hidden(x, y)) {
                        continue;
                    }
                    double edge = Math.min(Math.min(x - view.frame.getMinX(), view.frame.getMaxX() - x),
                            Math.min(y - view.frame.getMinY(), view.frame.getMaxY() - y));
                    if (edge > bestEdge) {
                        bestEdge = edge;
                        found = new Anchor(x, y, wx, wy, 0);
                    }
                }
            }
        }
        clipped.put(key, found);
        return found;
    }

    private static List<Integer> byArea(DrawableLayer layer) {
        List<Integer> order = new ArrayList<>();
        double[] area = new double[layer.size()];
        for (int i = 0; i < layer.size(); i++) {
            order.add(i);
            area[i] = layer.area(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -area[i]));
        return List.copyOf(order);
    }

    /** A candidate label centre: screen position, world position (zoom 0) and how much room it has. */
    private record Anchor(double x, double y, double worldX, double worldY, double score) {
        Anchor at(View view) {
            return new Anchor(view.screenX(worldX), view.screenY(worldY), worldX, worldY, score);
        }
    }

    /** A placement and what it was made for, in pixels of the view it was made in. */
    private record Previous(Sizes sizes, List<Rectangle2D> obstacles, Set<Integer> inView, double pxPerPt,
            double originX, double originY, List<PlacedLabel> placed, List<Integer> unplaced) {

        /** The labels moved with the map to this view (same zoom), or null when one would leave the frame or meet
         * an obstacle there. */
        List<PlacedLabel> movedTo(View view) {
            double dx = originX - view.originX;
            double dy = originY - view.originY;
            List<PlacedLabel> moved = new ArrayList<>(placed.size());
            for (PlacedLabel p : placed) {
                Rectangle2D b = p.box();
                Rectangle2D box = new Rectangle2D.Double(b.getX() + dx, b.getY() + dy, b.getWidth(), b.getHeight());
                Point2D anchor = new Point2D.Double(p.anchor().getX() + dx, p.anchor().getY() + dy);
                if (!view.frame.contains(box) || !view.frame.contains(anchor) || view.hidden(anchor.getX(),
                        anchor.getY())) {
                    return null;
                }
                for (Rectangle2D o : view.obstacles) {
                    if (o.intersects(box) || p.leader() && o.intersectsLine(anchor.getX(), anchor.getY(),
                            p.leaderEnd().getX() + dx, p.leaderEnd().getY() + dy)) {
                        return null;
                    }
                }
                moved.add(new PlacedLabel(p.kind(), p.feature(), box, anchor, p.leader()));
            }
            return moved;
        }
    }

    /** A region in view: its best inner points and the size of its label. */
    private record Candidate(int feature, List<Anchor> anchors, Size size) {
    }

    private record Attempt(List<PlacedLabel> placed, List<Candidate> failed, Occupancy taken) {
    }

    /**
     * Map keys of the first layout: equals and hashCode written out, as a record's own are linked by an
     * invokedynamic bootstrap on their first call (milliseconds in the window's first layout).
     */
    private record FitKey(LabelKind kind, int feature, double worldX, double worldY, double width, double height) {
        @Override
        public boolean equals(Object o) {
            return o instanceof FitKey k && kind == k.kind && feature == k.feature
                    && Double.compare(worldX, k.worldX) == 0 && Double.compare(worldY, k.worldY) == 0
                    && Double.compare(width, k.width) == 0 && Double.compare(height, k.height) == 0;
        }

        @Override
        public int hashCode() {
            int h = java.util.Objects.hashCode(kind);
            h = 31 * h + feature;
            h = 31 * h + Double.hashCode(worldX);
            h = 31 * h + Double.hashCode(worldY);
            h = 31 * h + Double.hashCode(width);
            return 31 * h + Double.hashCode(height);
        }
    }

    /** As {@link FitKey}: equals and hashCode written out. */
    private record ClipKey(int feature, long x, long y) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ClipKey k && feature == k.feature && x == k.x && y == k.y;
        }

        @Override
        public int hashCode() {
            return (31 * feature + Long.hashCode(x)) * 31 + Long.hashCode(y);
        }
    }

    /** A viewport's conversions between its pixels and world units of zoom 0, and its frame for labels. */
    private static final class View {
        final double scale;
        final double originX;
        final double originY;
        final double pxPerPt;
        final Rectangle2D frame;
        final List<Rectangle2D> obstacles;

        View(MapViewport vp, double pxPerPt, List<Rectangle2D> obstacles) {
            this.obstacles = obstacles;
            this.scale = WebMercator.worldSize(vp.zoom()) / WebMercator.TILE_SIZE;
            this.originX = vp.originX();
            this.originY = vp.originY();
            this.pxPerPt = pxPerPt;
            double edge = pxPerPt;
            this.frame = new Rectangle2D.Double(edge, edge, vp.width() - 2 * edge, vp.height() - 2 * edge);
        }

        /** True when an obstacle covers the point: a leader from there would run under it. */
        boolean hidden(double x, double y) {
            for (Rectangle2D o : obstacles) {
                if (o.contains(x, y)) {
                    return true;
                }
            }
            return false;
        }

        double screenX(double worldX) {
            return worldX * scale - originX;
        }

        double screenY(double worldY) {
            return worldY * scale - originY;
        }

        double worldX(double x) {
            return (x + originX) / scale;
        }

        double worldY(double y) {
            return (y + originY) / scale;
        }
    }

    /** What is taken: label boxes (kept apart by a padding), obstacles and leader lines. */
    private static final class Occupancy {
        private final double padding;
        private final List<Rectangle2D> boxes = new ArrayList<>();
        private final List<Line2D> leaders = new ArrayList<>();

        Occupancy(double padding) {
            this.padding = padding;
        }

        void block(Rectangle2D obstacle) {
            boxes.add(obstacle);
        }

        void add(Rectangle2D label) {
            boxes.add(new Rectangle2D.Double(label.getX() - padding, label.getY() - padding,
                    label.getWidth() + 2 * padding, label.getHeight() + 2 * padding));
        }

        void addLeader(Line2D leader) {
            leaders.add(leader);
        }

        boolean free(Rectangle2D box) {
            for (Rectangle2D other : boxes) {
                if (other.intersects(box)) {
                    return false;
                }
            }
            for (Line2D leader : leaders) {
                if (box.intersectsLine(leader)) {
                    return false;
                }
            }
            return true;
        }

        boolean crossed(Line2D leader) {
            for (Rectangle2D other : boxes) {
                if (other.intersectsLine(leader)) {
                    return true;
                }
            }
            for (Line2D line : leaders) {
                if (line.intersectsLine(leader)) {
                    return true;
                }
            }
            return false;
        }
    }
}
