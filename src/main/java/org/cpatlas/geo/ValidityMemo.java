package org.cpatlas.geo;

/**
 * Remembers which shapefile contents have already passed the polygon validity check, so that reading the same bytes
 * again skips it. Validity is a pure function of the geometry, so a content digest answers for it exactly; the check
 * is the costliest step of loading the atlas's layers at every start.
 */
public interface ValidityMemo {

    /** Whether geometry with this digest was checked and found valid before. */
    boolean isKnownValid(String digest);

    /** Records that geometry with this digest is valid. */
    void rememberValid(String digest);

    /** Remembers nothing: every read checks validity. */
    ValidityMemo NONE = new ValidityMemo() {
        @Override
        public boolean isKnownValid(String digest) {
            return false;
        }

        @Override
        public void rememberValid(String digest) {
        }
    };
}
