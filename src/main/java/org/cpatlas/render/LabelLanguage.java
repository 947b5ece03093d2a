package org.cpatlas.render;

/** Which names a map label shows. */
public enum LabelLanguage {
    ZH, EN, BOTH
}
