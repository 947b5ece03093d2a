package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database changed under the running atlas, after its check at start: the reads fail with a message in words that
 * says what is wrong and what to do, never with NumberFormatException, IllegalArgumentException or a
 * NullPointerException, and never print 1e999 as a thousand digits.
 */
class RepositoryReadErrorsTest {

    private static final String AGAIN = "; close the atlas and start it again, it checks the database when it starts";

    @TempDir
    Path tmp;

    @Test
    void aValueThatIsNotANumberAsStored() throws Exception {
        assertReadFails("UPDATE observation SET value = '1e999' WHERE id = 't1_liupan_62_rate'",
                repository -> repository.provinceComparisons("liupan"),
                "the atlas database cannot be read: the figure t1_liupan_62_rate has the value '1e999', which is not"
                        + " a number as the atlas stores them" + AGAIN);
    }

    @Test
    void textInAValueColumn() throws Exception {
        assertReadFails("UPDATE observation SET value = 'abc' WHERE id = 't1_liupan_rate'",
                AtlasRepository::regions,
                "the atlas database cannot be read: the figure t1_liupan_rate has the value 'abc', which is not a"
                        + " number as the atlas stores them" + AGAIN);
    }

    @Test
    void anUnknownFlag() throws Exception {
        assertReadFails("INSERT INTO observation_flag VALUES ('t1_liupan_62_rate', 'BOGUS')",
                AtlasRepository::observations,
                "the atlas database cannot be read: the figure t1_liupan_62_rate has the flag 'BOGUS', which the"
                        + " atlas does not know" + AGAIN);
    }

    @Test
    void anUnknownKindOfSubject() throws Exception {
        assertReadFails("UPDATE observation SET subject_kind = 'galaxy' WHERE id = 'd0_region_count'",
                AtlasRepository::observations,
                "the atlas database cannot be read: the figure d0_region_count is about a 'galaxy', which the atlas"
                        + " does not know" + AGAIN);
    }

    @Test
    void aFigureATable1RowRefersToIsGone() throws Exception {
        assertReadFails("DELETE FROM observation WHERE id = 't1_liupan_62_gap_printed'",
                repository -> repository.provinceComparisons("liupan"),
                "the atlas database cannot be read: a Table 1 row refers to the figure t1_liupan_62_gap_printed,"
                        + " which is missing" + AGAIN);
    }

    @Test
    void aRegionsRateIsGone() throws Exception {
        assertReadFails("DELETE FROM region_rate_2010 WHERE region_code = 'liupan'", AtlasRepository::regions,
                "the atlas database cannot be read: it has no Table 1 rate for the region liupan" + AGAIN);
    }

    @Test
    void aTableIsGone() throws Exception {
        assertReadFails("DROP TABLE observation_flag", AtlasRepository::regions,
                "reading the atlas database failed (no such table: observation_flag)" + AGAIN);
    }

    private void assertReadFails(String edit, Consumer<AtlasRepository> read, String message) throws Exception {
        Path db = tmp.resolve("atlas.db");
        try (AtlasStore store = TestStores.opener().open(db)) {
            read.accept(store.repository()); // works as opened
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                st.execute("PRAGMA ignore_check_constraints = 1");
                st.execute(edit);
            } catch (SQLException e) {
                throw new AssertionError(e);
            }

            Throwable failure = catchThrowable(() -> read.accept(store.repository()));

            assertThat(failure).isExactlyInstanceOf(AtlasStoreException.class).hasMessage(message);
        }
    }
}
