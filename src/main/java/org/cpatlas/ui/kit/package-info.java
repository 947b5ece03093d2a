/**
 * What every view of the window shares, and nothing that composes views: the texts in Chinese or English that switch
 * at once ({@link org.cpatlas.ui.kit.I18n}, {@link org.cpatlas.ui.kit.WindowTexts} for help, tooltips and About),
 * the one list of actions and their shortcuts that tooltips, accelerators and the shortcuts dialog all read
 * ({@link org.cpatlas.ui.kit.WindowAction}), the one way a view or a view-model tells the user of a failure or asks a
 * question ({@link org.cpatlas.ui.kit.DialogService}, shown by {@link org.cpatlas.ui.kit.FxDialogService}; so every
 * error reaches the user in words, never as a stack trace), Print and Export as an interface
 * ({@link org.cpatlas.ui.kit.OutputActions}, implemented in {@code ui.output}, so the window and its panels depend on
 * the interface only), the toolbar's icons ({@link org.cpatlas.ui.kit.Icon}), the CJK interface font registered with
 * JavaFX ({@link org.cpatlas.ui.kit.FxFonts}), a box that caches its sizes ({@link org.cpatlas.ui.kit.SizeCachingVBox})
 * and tooltips made once the window's first frame is painted, the same text set as accessible help at once
 * ({@link org.cpatlas.ui.kit.LaterTooltips}), and the map's keyboard focus at start, kept until the user acts
 * ({@link org.cpatlas.ui.kit.FirstFocus}).
 *
 * <p>It may use JavaFX and the core ({@code render} for the fonts and viewports, {@code files}); it never imports
 * another package of the window ({@code ui} or its subpackages), {@code map}, {@code cli} or {@code app}: every view
 * imports it, so it stays below them all (LayeringTest).
 */
package org.cpatlas.ui.kit;
