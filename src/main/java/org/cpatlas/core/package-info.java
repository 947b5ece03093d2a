/**
 * The atlas opened, without a window: its maps and its two databases, as the window and the commands share them.
 *
 * <p>{@link org.cpatlas.core.AtlasCore} is one opened atlas: the map layers ({@link org.cpatlas.core.MapData}: the
 * features read from {@code maps/} once, serving identification through {@code geo.PlaceIdentifier} and drawing
 * through {@code render.MapLayers}), the figures database ({@code store.AtlasStore}, rebuilt from the bundled data
 * whenever that changes) and the user's own database ({@code store.UserDataStore}: imported tables and county lists).
 * {@link org.cpatlas.core.AtlasCore#open} reads the maps on the calling thread while the databases open on a second one
 * (they do not depend on each other, and the start is shortened by the shorter of the two; that second thread also
 * reads the regions with their Table 1 rates, {@link org.cpatlas.core.AtlasCore#regionSummaries}, so that the window's
 * first view needs no read of the database on the JavaFX thread), then applies the county
 * list the user chose ({@link org.cpatlas.core.MembershipMaps}: regions dissolved from that list's counties; the
 * bundled list gives the bundled maps themselves). {@link org.cpatlas.core.AtlasCore#withMaps} swaps the maps when the
 * user switches lists; everything downstream (map, hit test, panels, print, export) reads the maps of the core it is
 * given, so one swap changes them all.
 *
 * <h2>Caches of the user's cache directory</h2>
 * Opening is on the way to the window's first frame, so what is a pure function of bytes that rarely change is
 * remembered between runs: which layer contents passed the polygon validity check
 * ({@link org.cpatlas.core.ValidityMemoFile}), the layers as decoded ({@link org.cpatlas.core.LayerSnapshotFiles},
 * the newest 16) and where region and province labels may sit
 * ({@link org.cpatlas.core.LabelSiteMemoFile}). All are keyed by checksums of the content, so an edited map is never
 * given another's answer, and all are caches and nothing more: a missing, damaged or unwritable file only means the
 * work is done again. {@link org.cpatlas.core.UserDirectories} says where the platform keeps a user's data, cache and
 * settings.
 *
 * <h2>What this package may not import</h2>
 * It is part of the core: it may use {@code geo}, {@code render}, {@code store}, {@code domain} and {@code files},
 * and never JavaFX nor the front ends ({@code ui}, {@code map}, {@code cli}, {@code app}), which all use it
 * (LayeringTest). It sat in {@code app} before, which had the window's packages import the application's; the
 * application package now only starts things.
 */
package org.cpatlas.core;
