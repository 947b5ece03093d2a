package org.cpatlas.domain;

/** A remark attached to a figure that a reader must see beside the number. */
public enum Flag {
    /** The source's figure disagrees with another figure or with its own arithmetic. */
    CONFLICT("conflict", "the source's figure disagrees with the arithmetic or with another source"),
    /** The source gives nothing here; shown as "not reported", never as 0. */
    NOT_REPORTED("not reported", "the source gives no value"),
    /** Computed by the atlas from printed figures, not printed in the source. */
    COMPUTED("computed", "computed by the atlas from figures printed in the source"),
    /** The printed wording or unit allows more than one reading. */
    AMBIGUOUS("ambiguous", "the printed wording or unit allows more than one reading"),
    /** Printed as "more than" / "over": the true value is at least this. */
    LOWER_BOUND("lower bound", "printed as 'more than': the value is at least this"),
    /** Printed as "less than": the true value is at most this. */
    UPPER_BOUND("upper bound", "printed as 'less than': the value is at most this"),
    /** The figure covers only part of the subject (e.g. one province of a region). */
    PARTIAL("partial", "covers only part of the subject"),
    /** The figure is not stated as such by the source but inferred from it. */
    INFERRED("inferred", "inferred from the source, not stated by it");

    private final String label;
    private final String meaning;

    Flag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** Short lower-case label for tables and panels. */
    public String label() {
        return label;
    }

    /** One sentence a reader can show in a tooltip or legend. */
    public String meaning() {
        return meaning;
    }
}
