package org.cpatlas.ui.print;

/** What became of a print request, with the one sentence the UI shows for it. */
public record PrintOutcome(Status status, String message) {

    /** The outcomes the UI distinguishes. */
    public enum Status { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    /** The question the UI asks when there is no printer; "Yes" leads to the PDF export. */
    public static final String NO_PRINTER_MESSAGE = "No printer is installed. Save as PDF instead?";

    public static PrintOutcome noPrinter() {
        return new PrintOutcome(Status.NO_PRINTER, NO_PRINTER_MESSAGE);
    }

    public static PrintOutcome cancelled() {
        return new PrintOutcome(Status.CANCELLED, "Printing was cancelled.");
    }

    public static PrintOutcome printed(String printer) {
        return new PrintOutcome(Status.PRINTED, "Sent to " + printer + ".");
    }

    public static PrintOutcome failed(String printer, String reason) {
        return new PrintOutcome(Status.FAILED, "The printer " + printer + " did not accept the page"
                + (reason == null || reason.isBlank() ? "." : ": " + reason + ".") + " Try again or save as PDF.");
    }
}
