-- Schema 2: citations a reader can follow (issue 22, point 9).
-- A document gets its short author-year form ("Wang, Li & He (2014)") for one-line citations; the full reference
-- stays in citation. A source's location is the reader's place (table and row, section and paragraph, page);
-- trace keeps, for the maintainers only, where the words were read in the atlas's own copy of the document
-- (a seed text and its line). It is never shown as a citation.
ALTER TABLE document ADD COLUMN short_citation TEXT NOT NULL DEFAULT '';
ALTER TABLE source ADD COLUMN trace TEXT NOT NULL DEFAULT '';
