/**
 * What the atlas remembers between runs (language, theme, window placement, panel width, last view and selection,
 * export choices, ...): typed {@link org.cpatlas.settings.Setting keys}, the in-memory {@link
 * org.cpatlas.settings.Settings} and the {@link org.cpatlas.settings.SettingsFile} in the platform's usual folder
 * ({@link org.cpatlas.settings.SettingsLocation}: {@code $XDG_CONFIG_HOME/cpatlas} on Linux, {@code %APPDATA%} on
 * Windows, {@code ~/Library/Application Support} on macOS).
 *
 * <h2>Remembering something new</h2>
 * Declare a {@link org.cpatlas.settings.Setting} where the thing lives (its key, default and the values it accepts),
 * read it with {@code settings.get(KEY)} when the window opens and write it with {@code settings.set(KEY, value)}
 * when it closes (see {@code ui.settings.RememberedSettings}). A record (such as the export dialog's choices) is kept
 * field by field with {@link org.cpatlas.settings.RecordSettings}, so a field added to it is remembered without more
 * code. Keys this atlas does not know (a newer atlas's) are kept when the file is written again.
 *
 * <p>A damaged, unreadable or oversized file never stops the atlas: it is ignored with one line in the log, and kept
 * beside the new one as {@code settings.properties.damaged} when the settings are next saved. A stored value that is
 * not valid for its key falls back to the key's default, also with a log line.
 *
 * <p>Depends on nothing else of the atlas and on no JavaFX.
 */
package org.cpatlas.settings;
