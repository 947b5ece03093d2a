package org.cpatlas.domain;

import java.util.Objects;

/**
 * Where a figure comes from: the document, the place in it (table, page, line) and the exact words or a URL.
 *
 * @param id       stable identifier from {@code data/sources.csv}
 * @param document full citation of the document
 * @param location table, page or line inside the document
 * @param quote    the printed words the figure was read from; empty when the source is a web page without a quote
 * @param url      address of the source or of the document; empty when there is none
 */
public record Source(String id, String document, String location, String quote, String url) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(location, "location");
        quote = quote == null ? "" : quote;
        url = url == null ? "" : url;
    }

    /** One line for a panel or a print: document, location. */
    public String citation() {
        return document + ", " + location;
    }
}
