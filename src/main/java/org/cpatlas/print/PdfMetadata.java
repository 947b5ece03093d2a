package org.cpatlas.print;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a PDF says about itself: written to the document information and, in an archival PDF, to its XMP metadata.
 *
 * @param title    e.g. "中国集中连片特困地区 · China's contiguous poor regions"
 * @param author   who made it (the atlas, unless the user says otherwise)
 * @param subject  a sentence on what it shows
 * @param keywords a few words for catalogues
 * @param source   the credit line: where the figures and the map data come from
 * @param date     when it was made
 */
public record PdfMetadata(String title, String author, String subject, List<String> keywords, String source,
        ZonedDateTime date) {

    /** The program, as the PDF's creator tool and default author. */
    public static final String ATLAS = "Atlas of China's contiguous poor regions";

    public PdfMetadata {
        title = Objects.requireNonNullElse(title, "");
        author = Objects.requireNonNullElse(author, ATLAS);
        subject = Objects.requireNonNullElse(subject, "");
        keywords = List.copyOf(Objects.requireNonNullElse(keywords, List.of()));
        source = Objects.requireNonNullElse(source, Credits.SOURCE_LINE);
        Objects.requireNonNull(date, "date");
    }

    /** The metadata of an atlas page or document: a title, the atlas as author, the usual subject and keywords. */
    public static PdfMetadata of(String title, String source, ZonedDateTime date) {
        return new PdfMetadata(title, ATLAS, "Maps and figures of China's 14 contiguous poor regions "
                + "(集中连片特困地区, 2011-2020): urbanization rate 2010 by region and province, with sources",
                List.of("集中连片特困地区", "contiguous poor regions", "China", "urbanization", "map"), source, date);
    }

    /** The keywords as one string, as the document information holds them. */
    public String keywordLine() {
        return String.join("; ", keywords);
    }
}
