package org.cpatlas.ui.help;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the Help menu needs from the application around it.
 *
 * @param papers        the documents the figures come from (full citations), asked for when About opens
 * @param dataFolder    the folder of the user's database and log
 * @param settingsFile  where the settings are kept, or null when this window keeps none
 * @param folderOpener  shows a folder in the platform's file manager
 * @param resetSettings forgets the remembered settings and applies the defaults to the window
 * @param quit          closes the window as its close button does (settings saved)
 * @param fontFamily    the bundled font family, so the dialogs show Chinese where no system font has it
 */
public record HelpContext(Supplier<List<String>> papers, Path dataFolder, Path settingsFile, FolderOpener folderOpener,
        Runnable resetSettings, Runnable quit, String fontFamily) {

    /** Shows a folder to the user. */
    @FunctionalInterface
    public interface FolderOpener {
        /** Returns false when no program could be asked to show it (the menu then says where it is). */
        boolean open(Path folder);
    }
}
