package org.cpatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.cpatlas.imports.ImportCancelledException;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.SourceFile;

/**
 * The user database's one connection as its repositories use it: queries mapped row by row, work done in one
 * transaction, writes refused while the file cannot be written, every failure told in words that name the file.
 * Shared by the datasets and the membership lists so that both say the same thing when the file fails them.
 */
final class UserDatabaseAccess {

    /** Rows stored between two looks at the cancel flag. */
    static final int CANCEL_CHECK_ROWS = 200;

    private final Connection connection;
    private final boolean writable;
    private final String where;

    /** {@code where} names the file for the user (its path, or "a temporary copy"). */
    UserDatabaseAccess(Connection connection, boolean writable, String where) {
        this.connection = connection;
        this.writable = writable;
        this.where = where;
    }

    Connection connection() {
        return connection;
    }

    boolean writable() {
        return writable;
    }

    String where() {
        return where;
    }

    /** Work on the connection whose statements all count, or none. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /** Refuses to {@code what} (the user's words: "import x.csv") while the file cannot be written. */
    void requireWritable(String what) {
        if (!writable) {
            throw new AtlasStoreException("cannot " + what + ": the datasets database (" + where + ") cannot be"
                    + " written now (see the warning when the atlas opened); nothing was changed");
        }
    }

    /** Every row of {@code sql}, with {@code parameters} bound in order; a failure asks the user to start again. */
    <T> List<T> query(String sql, SqlRows.RowMapper<T> mapper, Object... parameters) {
        try {
            return SqlRows.list(connection, sql, mapper, parameters);
        } catch (SQLException e) {
            throw new AtlasStoreException("reading the datasets database failed: "
                    + UserDatabaseInspection.clean(e.getMessage()) + "; start the atlas again, it will check the file",
                    e);
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws (its own exception
     * goes on). A database failure becomes "{@code failing} (what SQLite said); {@code nothingDone}".
     */
    <T> T inTransaction(String failing, String nothingDone, Work<T> work) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new AtlasStoreException(failing + " (" + UserDatabaseInspection.clean(e.getMessage()) + "); "
                    + nothingDone, e);
        }
    }

    /**
     * Stores an import in one transaction: {@code inserts} give the new id; then the file is checked again (the digest
     * stored must be that of the bytes read: a file changed or deleted meanwhile fails here) and the cancel flag read
     * last, so that a change or a cancel stores nothing. A database failure says "cannot store {@code what} in the
     * datasets database ...; nothing was stored".
     */
    long storeImport(String what, SourceFile file, BooleanSupplier cancelled, Work<Long> inserts) {
        return inTransaction("cannot store " + what + " in the datasets database " + where, "nothing was stored",
                () -> {
                    long id = inserts.run();
                    file.checkUnchanged();
                    if (cancelled.getAsBoolean()) {
                        throw new ImportCancelledException(file.name());
                    }
                    return id;
                });
    }

    /** Stores the rows an import left out, under the list or dataset {@code id}, with {@code insert}'s four columns. */
    void insertLeftOut(String insert, long id, List<ImportPlan.LeftOutRow> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (ImportPlan.LeftOutRow row : rows) {
                set(statement, id, row.row(), row.key(), row.reason());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Binds {@code values} to the statement's parameters in order. */
    static void set(PreparedStatement statement, Object... values) throws SQLException {
        SqlRows.bind(statement, values);
    }

    /**
     * After the {@code rows}th row added to {@code batch}: every {@link #CANCEL_CHECK_ROWS} rows, runs the batch and
     * stops the import of {@code file} if it was cancelled meanwhile, so that a cancel is felt within a moment.
     */
    static void flushNowAndThen(PreparedStatement batch, int rows, BooleanSupplier cancelled, String file)
            throws SQLException {
        if (rows % CANCEL_CHECK_ROWS == 0) {
            batch.executeBatch();
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelledException(file);
            }
        }
    }

    /** Runs an insert prepared with generated keys and gives the new row's id. */
    static long insertReturningId(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
