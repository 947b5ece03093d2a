package org.cpatlas.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a county is counted in a region, from the strongest evidence to the weakest. The order matters: a region's
 * boundary is only as good as its weakest member (see {@code BoundaryQuality}).
 */
public enum MembershipBasis {
    /** A source names the county as a member. */
    EXPLICIT("explicit"),
    /** A source names the county's whole prefecture (or province) as part of the region. */
    WHOLE_PREFECTURE("whole prefecture"),
    /** Deduced from counts and other members, not stated per county by a source. */
    INFERRED("inferred"),
    /** Built from weaker evidence (the plan's scope, a prefecture known to be partly in), not the official list. */
    APPROXIMATE("approximate");

    private final String code;

    MembershipBasis(String code) {
        this.code = code;
    }

    /** The word used in data files and layers ({@code explicit}, {@code whole prefecture}, ...). */
    public String code() {
        return code;
    }

    /** The basis a data file's word names, ignoring case, spaces and underscores; empty when it names none. */
    public static Optional<MembershipBasis> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        for (MembershipBasis basis : values()) {
            if (basis.code.equals(word)) {
                return Optional.of(basis);
            }
        }
        return switch (word) {
            case "prefecture", "whole province", "province" -> Optional.of(WHOLE_PREFECTURE);
            case "approx", "approximated" -> Optional.of(APPROXIMATE);
            case "sourced", "official", "listed" -> Optional.of(EXPLICIT);
            default -> Optional.empty();
        };
    }
}
