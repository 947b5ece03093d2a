package org.cpatlas.render;

/** Which layer a map label names; region labels are placed first and province labels give way to them. */
public enum LabelKind {
    REGION, PROVINCE
}
