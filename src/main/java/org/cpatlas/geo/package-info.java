/**
 * Shapefiles to JTS, spatial indexes and identify: the geometry core of the atlas, free of JavaFX.
 *
 * <h2>Reading</h2>
 * {@link org.cpatlas.geo.ShapefileReader} reads a layer (.shp, .shx, .dbf, optional .cpg and .prj) into a
 * {@link org.cpatlas.geo.FeatureLayer}; {@link org.cpatlas.geo.MapSource} finds the atlas's layers in a folder
 * ({@code --maps DIR}, {@code -Dcpatlas.maps}, {@code ./maps}) or in the jar under {@code /maps/}. GeoTools is not
 * available from any registry the build can reach, so the .shp/.shx format is read here and the .dbf with javadbf.
 * Every failure is one unchecked {@link org.cpatlas.geo.ShapefileException} whose message names the file, says what
 * is wrong and what to do; its {@link org.cpatlas.geo.ShapefileException.Reason} lets a UI choose how to show it.
 *
 * <h2>Bounded reading</h2>
 * Whatever the files, reading ends and stays within memory: only regular files are read (a named pipe or a link to
 * /dev/zero is refused at once, {@link org.cpatlas.geo.PartFile}); a .cpg or .prj only when it is as small as such
 * files are; the headers of the .shp, .shx and .dbf are checked against their sizes and against each other (record
 * counts) before any file is read whole ({@link org.cpatlas.geo.LayerHeaders}); then what the records declare (points,
 * parts, records, fields) is counted before anything is decoded, and a layer that would not fit in
 * {@link org.cpatlas.geo.LayerBudget} (sized for the window's heap cap) is refused in words that say the limit and
 * why. The hit-test locator keeps its index within a fixed number of entries per edge whatever the rings' shape.
 *
 * <h2>One policy for the atlas's layers</h2>
 * {@link org.cpatlas.geo.AtlasLayerPolicy} is how the window and every command read the atlas's layers: polygons
 * only, invalid polygons refused, one budget per load. A layer is judged the same way wherever it is read.
 *
 * <h2>Text encoding of the .dbf</h2>
 * In order: an encoding the caller sets; the .cpg (UTF-8, GBK/CP936/936, GB18030, Big5, code pages); the .dbf's
 * language driver byte when it says code page 936 or 950; otherwise strict UTF-8. Text that is not valid in the
 * chosen encoding is an error, never replacement characters: GBK accepts most byte sequences, so guessing it would
 * show wrong names without a warning. The error says when the bytes decode cleanly as GBK and asks for a .cpg.
 *
 * <h2>CRS</h2>
 * Layers must be WGS84 lon/lat (any geographic CRS passes, e.g. CGCS2000). A .prj with PROJCS, or coordinates outside
 * ±180/±90, is an error that suggests {@code ogr2ogr -t_srs EPSG:4326}.
 *
 * <h2>Invalid polygons</h2>
 * {@link org.cpatlas.geo.InvalidGeometryPolicy}: FAIL (default, and the atlas's policy) reports the first invalid
 * record, REPAIR applies JTS {@code GeometryFixer}, TRUST skips the check (for tools and benchmarks that read layers
 * checked elsewhere; the atlas itself never uses it: a {@link org.cpatlas.geo.ValidityMemo} skips the check of
 * contents already found valid instead).
 *
 * <h2>Decoded layers kept</h2>
 * Given {@link org.cpatlas.geo.LayerSnapshots}, the reader keeps each layer it decoded and read valid, keyed by
 * checksums of every byte it came from (.shp, .shx, .dbf, .cpg) and by the encoding asked for, and returns that
 * layer when the same bytes are read again: decoding the .dbf's text, checking the coordinates and assembling rings
 * into polygons were most of the window's loading at every start. The headers, the budget and the .prj are still
 * checked first, so a damaged file is refused in the same words. {@link org.cpatlas.geo.LayerSnapshotCodec} writes
 * only what the reader makes (2D packed rings; text, numbers, dates, logicals) with a checksum, and refuses bytes of
 * another version, other files or damage; a layer that repairs polygons is never kept.
 *
 * <h2>Hit tests</h2>
 * {@link org.cpatlas.geo.LayerIndex} (STRtree + an exact striped point-in-polygon locator per polygon part, over
 * the packed vertices) answers which features lie at a point; {@link org.cpatlas.geo.PlaceIdentifier} combines the
 * regions, provinces and counties layers into a
 * {@link org.cpatlas.geo.Place}. {@link org.cpatlas.geo.PackedArea} answers the same question for a whole
 * (multi)polygon mapped to other units, with its vertices in two arrays and the edges of all its rings filed in one
 * set of stripes ({@link org.cpatlas.geo.EdgeStripes}, shared with the hit tests' locator): for outlines kept as long
 * as the window runs, such as those its labels must fit in, at a seventh of the memory of a JTS copy and its index.
 */
package org.cpatlas.geo;
