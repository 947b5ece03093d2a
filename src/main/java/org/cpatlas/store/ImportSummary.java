package org.cpatlas.store;

/** What one import loaded, for logs and tests. */
public record ImportSummary(int regions, int provinces, int sources, int observations, String checksum) {
}
