/**
 * Starting the atlas: the entry point, the JavaFX application, and what a start needs of the desktop.
 *
 * <p>{@link org.cpatlas.app.Launcher} is the jar's main class: with a command it hands over to {@code cli} and never
 * starts JavaFX; without one, {@link org.cpatlas.app.DesktopLauncher} begins opening the maps and databases
 * ({@code core.AtlasCore}) on a thread of its own <em>before</em> the toolkit starts, since the two take about as
 * long and do not depend on each other. {@link org.cpatlas.app.AtlasApplication} then shows the window the moment the
 * opening is done (or a progress view, and on failure the reason in words with Try again:
 * {@link org.cpatlas.app.StartupFailure}), wires the view-models, the map pane and the output actions together, and
 * defers to the frame after the first whatever the first look at the map does not need (the indicator picker, county
 * lists, the side panel, Help, the tooltips, the window icons). This is the composition root: the one package that knows every other.
 *
 * <p>Beside it, what a start does for the desktop: the window's class and icons ({@link org.cpatlas.app.WindowIdentity}),
 * logging to a file in the data folder ({@link org.cpatlas.app.StartupLogging}), the graphics pipeline found on each
 * display ({@link org.cpatlas.app.PipelineMemo}), opening a folder in the platform's file manager
 * ({@link org.cpatlas.app.FolderOpener}), and the probes benchmarks and documentation use
 * ({@link org.cpatlas.app.FirstFrameReport}, {@link org.cpatlas.app.WindowSnapshot}).
 *
 * <h2>What may import it</h2>
 * Nothing else in the atlas: it sits above every other package (LayeringTest). What the window's packages need of an
 * opened atlas lives in {@code core}.
 */
package org.cpatlas.app;
