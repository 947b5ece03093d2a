package org.cpatlas.store;

/** Keys of the {@code build_info} table: what the database content was built from. */
final class BuildInfo {
    static final String DATA_CHECKSUM = "data_checksum";
    static final String DATA_ORIGIN = "data_origin";
    static final String BUILT_AT = "built_at";

    private BuildInfo() {
    }
}
