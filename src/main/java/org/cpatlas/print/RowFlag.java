package org.cpatlas.print;

/** Why a province row needs a second look; printed in the table and marked on the chart. */
public enum RowFlag {
    /** The printed gap differs from the one computed from the printed rates: both are shown, nothing is fixed. */
    CONFLICT("conflict"),
    /** A value is missing in the source: shown as "not reported", never as 0. */
    NOT_REPORTED("not reported"),
    /** Computed by the atlas (from county values), never printed in a source: the row says how. */
    COMPUTED("computed");

    private final String label;

    RowFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
