package org.cpatlas.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A second process that holds an exclusive lock on an SQLite file, as another program (or a second atlas) would:
 * prints "locked" once it holds the lock and releases it when its standard input closes.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             Statement st = connection.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            // Read something so the lock is certainly taken on the file, not merely requested.
            st.executeQuery("SELECT count(*) FROM sqlite_master").close();
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait until the test closes our stdin
            }
            st.execute("ROLLBACK");
        }
    }
}
