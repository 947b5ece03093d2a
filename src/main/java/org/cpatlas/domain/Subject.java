package org.cpatlas.domain;

import java.util.Objects;

/**
 * What a figure is about: its kind, the region and province it belongs to (when any) and a readable label.
 *
 * @param kind         the kind of subject
 * @param regionCode   the region the subject lies in or is, or null
 * @param provinceCode the province the subject lies in or is, or null
 * @param label        how the source names the subject ("Enshi Prefecture", "14 contiguous poor regions")
 */
public record Subject(SubjectKind kind, String regionCode, String provinceCode, String label) {

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }
}
