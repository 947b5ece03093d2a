package org.cpatlas.print;

/** Portrait (tall) or landscape (wide) page. */
public enum Orientation {
    PORTRAIT, LANDSCAPE
}
