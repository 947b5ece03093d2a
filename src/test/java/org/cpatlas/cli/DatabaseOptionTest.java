package org.cpatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cpatlas.store.StoreLocation;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db PATH} and what the command line does with a bad database file. */
class DatabaseOptionTest {

    @TempDir
    Path tmp;

    /** As the real command line: a file named with --db is the user's (StoreLocator.location). */
    private final StoreFactory stores = db -> TestStores.opener().open(StoreLocation.userGiven(db));

    @Test
    void dbOptionBuildsTheDatabaseWhereItPoints() {
        Path db = tmp.resolve("mine/atlas.db");

        CliRun run = CliRun.of(stores, "--db", db.toString(), "regions", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(db).isRegularFile();
    }

    @Test
    void dbOptionMayFollowTheSubcommand() {
        Path db = tmp.resolve("after.db");

        CliRun run = CliRun.of(stores, "region", "dabie", "--db", db.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(db).isRegularFile();
    }

    @Test
    void corruptDatabaseGivenWithDbIsLeftAsItIsWithAWarningAndTheCommandSucceeds() throws Exception {
        Path db = tmp.resolve("atlas.db");
        String garbage = "garbage that is certainly not an SQLite database, and longer than its header .........";
        Files.writeString(db, garbage);

        CliRun run = CliRun.of(stores, "--db", db.toString(), "region", "tibet", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines()).containsExactly("atlas: warning: the database " + db + " is damaged (it is not"
                + " an SQLite database), so it was left as it is; delete it or move it away and the atlas builds a new"
                + " one there, or pass --db with another file; using a temporary in-memory database built from the"
                + " bundled data (pass --db PATH to keep one elsewhere)");
        assertThat(run.out()).contains("\"gap_pp_printed\": 2.21");
        assertThat(db).hasContent(garbage);
        assertThat(tmp).isDirectoryNotContaining("glob:**corrupt*");
    }

    @Test
    void rootCommandWithoutSubcommandIsAUsageError() {
        CliRun run = CliRun.of(stores, "--db", tmp.resolve("x.db").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("name a command");
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun run = CliRun.of(stores, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("regions", "region", "--db");
    }
}
