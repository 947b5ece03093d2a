package org.cpatlas.store;

import java.nio.file.Path;

/** User databases for tests: beside a test's atlas database, with the tests' fixed clock. */
public final class TestUserData {

    private TestUserData() {
    }

    public static UserDataOpener opener() {
        return new UserDataOpener(TestStores.CLOCK);
    }

    /** The user database that goes with an atlas database of a test (never the user's own). */
    public static UserDataStore beside(Path atlasDb) {
        return opener().open(UserDataLocation.beside(atlasDb));
    }
}
