/**
 * The window's side of the remembered settings: which keys it remembers ({@link org.cpatlas.ui.settings.SettingKeys}),
 * the window's placement kept on today's screens ({@link org.cpatlas.ui.settings.WindowPlacement}), and putting them
 * back at start and taking them at close ({@link org.cpatlas.ui.settings.RememberedSettings}). Values only move
 * between the window and {@link org.cpatlas.settings.Settings}; the file is the application's
 * ({@link org.cpatlas.settings.SettingsFile}). Imports neither {@code app} nor the store.
 */
package org.cpatlas.ui.settings;
