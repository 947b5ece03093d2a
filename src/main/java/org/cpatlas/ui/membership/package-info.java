/**
 * County lists in the window (issue 18): importing a county-to-region list with the table import's reading, matching
 * and preview ({@code org.cpatlas.imports}), the lists dialog that switches the list in force (the regions rebuilt off
 * the JavaFX thread, with progress), the "What changed" dialog, and the regions or counties in force exported as a
 * shapefile. Lists are stored and chosen through the store's {@code MembershipRepository}; the panels showing each
 * county's evidence are in {@code ui.panel}, their logic in {@code ui.viewmodel.MembershipViewModel}. May not import
 * {@code cli}.
 * The file chooser, the frame with Import and Cancel, the sheet, encoding and column pickers, the first rows and the
 * work thread are shared with the table import ({@code ui.tablefile}).
 */
package org.cpatlas.ui.membership;
