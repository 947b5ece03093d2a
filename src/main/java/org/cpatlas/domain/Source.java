package org.cpatlas.domain;

import java.util.Objects;

/**
 * Where a figure comes from, cited as a reader would look it up: the document (full reference and its short
 * author-year form), the place in it (table and row, section and paragraph, page) and the exact words or a URL.
 *
 * <p>The place is the reader's, never a line of the atlas's own copy of a document: a reader has the paper, not
 * our text file. {@link #citation()} is the one line a panel, a tooltip or a table cell shows.
 *
 * @param id            stable identifier from {@code data/sources.csv}
 * @param document      full reference of the document (authors, year, title, journal, volume, pages)
 * @param location      table and row, section and paragraph, or page inside the document
 * @param quote         the printed words the figure was read from; empty when the source is a web page without a quote
 * @param url           address of the source or of the document; empty when there is none
 * @param documentShort the document cited in short, "Wang, Li &amp; He (2014)"; the full reference when there is no
 *                      short form
 */
public record Source(String id, String document, String location, String quote, String url, String documentShort) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(location, "location");
        quote = quote == null ? "" : quote;
        url = url == null ? "" : url;
        documentShort = documentShort == null || documentShort.isBlank() ? document : documentShort;
    }

    /** A source whose document has no short form: it is cited by its full reference. */
    public Source(String id, String document, String location, String quote, String url) {
        this(id, document, location, quote, url, null);
    }

    /** One line for a panel, a table cell or a print: "Wang, Li &amp; He (2014), Table 1, row Tibet Region – Tibet". */
    public String citation() {
        return documentShort + ", " + location;
    }
}
