package org.cpatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db PATH} and what the command line does with a bad database file. */
class DatabaseOptionTest {

    @TempDir
    Path tmp;

    private final StoreFactory stores = db -> TestStores.opener().open(db);

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
    void corruptDatabaseIsMovedAsideWithAWarningAndTheCommandSucceeds() throws Exception {
        Path db = tmp.resolve("atlas.db");
        Files.writeString(db, "garbage that is certainly not an SQLite database, and longer than its header .........");

        CliRun run = CliRun.of(stores, "--db", db.toString(), "region", "tibet", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("atlas: warning: the database " + db + " was damaged").contains("moved to");
        assertThat(run.out()).contains("\"gap_pp_printed\": 2.21");
        assertThat(tmp.resolve("atlas.db.corrupt-20240501-101530")).content().startsWith("garbage");
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
