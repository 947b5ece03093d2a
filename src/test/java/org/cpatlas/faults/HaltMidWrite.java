package org.cpatlas.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A second process that is killed while it writes an atlas database, as a killed atlas would be (kill -9 during a
 * rebuild): it changes the figures inside a transaction, enough for SQLite to have written its journal, and halts
 * without committing, rolling back or closing, which leaves a hot journal beside the file.
 */
public final class HaltMidWrite {

    private HaltMidWrite() {
    }

    public static void main(String[] args) throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
        Statement st = connection.createStatement();
        st.execute("PRAGMA cache_size = 1"); // spill changed pages to the file at once, as a long write does
        st.execute("BEGIN");
        st.executeUpdate("DELETE FROM observation_flag");
        st.executeUpdate("UPDATE observation SET note = note || ' (half-written)'");
        Runtime.getRuntime().halt(0);
    }
}
