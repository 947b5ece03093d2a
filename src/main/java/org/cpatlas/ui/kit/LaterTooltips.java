package org.cpatlas.ui.kit;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * Tooltips given to a window's controls once its first frame is painted instead of while it is made: each tooltip
 * is a popup window of its own, and making the toolbar's and the map's took a fiftieth of a second of the JavaFX
 * thread before the first frame (a profile of the cold start), for something no one sees before hovering. The
 * control's accessible help, the same text, is set at once, so a screen reader never misses it.
 */
public final class LaterTooltips {

    private final List<Runnable> pending = new ArrayList<>();
    private boolean installed;

    /** Gives {@code control} a tooltip saying {@code text}: now if {@link #install} was called, else then. */
    public void add(Control control, StringExpression text) {
        control.accessibleHelpProperty().bind(text);
        Runnable make = () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(text);
            control.setTooltip(tip);
        };
        if (installed) {
            make.run();
        } else {
            pending.add(make);
        }
    }

    /** Makes the tooltips added so far, and those added from now on at once; a second call does nothing. */
    public void install() {
        if (!installed) {
            installed = true;
            pending.forEach(Runnable::run);
            pending.clear();
        }
    }

    /** True once {@link #install} has run (for tests). */
    public boolean installed() {
        return installed;
    }
}
