/**
 * The window's Help: the toolbar's Help menu ({@link org.cpatlas.ui.help.HelpMenu}), the keyboard shortcuts (from the
 * one list in {@link org.cpatlas.ui.kit.WindowAction}), "How to read this map", About (the build, the papers the figures
 * come from, every bundled component with its licence: {@link org.cpatlas.ui.help.Licences}, read from
 * {@code /licences/components.tsv}), opening the data folder and resetting the settings. What it needs from the
 * application comes in a {@link org.cpatlas.ui.help.HelpContext}; it does no file I/O of its own beyond reading the
 * jar's resources, and imports neither {@code app} nor the store.
 */
package org.cpatlas.ui.help;
