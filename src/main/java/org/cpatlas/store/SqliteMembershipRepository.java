package org.cpatlas.store;

import static org.cpatlas.store.UserDatabaseAccess.flushNowAndThen;
import static org.cpatlas.store.UserDatabaseAccess.insertReturningId;
import static org.cpatlas.store.UserDatabaseAccess.set;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.cpatlas.domain.CountyMembership;
import org.cpatlas.domain.MembershipBasis;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.domain.MembershipListInfo;
import org.cpatlas.imports.ImportException;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.MembershipPlan;

/** {@link MembershipRepository} over the user database's one connection (synchronized, as the datasets are). */
final class SqliteMembershipRepository implements MembershipRepository {

    /** The setting that names the list in force. */
    static final String IN_FORCE = "membership.in_force";
    private static final String LEFT_OUT_INSERT =
            "INSERT INTO membership_left_out (list_id, file_row, key_text, reason) VALUES (?, ?, ?, ?)";
    private static final String COLUMNS = "id, name, file_name, file_path, sha256, file_size, format, encoding, sheet,"
            + " imported_at, rows_read, rows_stored, rows_left_out";

    private final UserDatabaseAccess db;
    private final Connection connection;
    private final Clock clock;

    SqliteMembershipRepository(UserDatabaseAccess db, Clock clock) {
        this.db = db;
        this.connection = db.connection();
        this.clock = clock;
    }

    @Override
    public boolean writable() {
        return db.writable();
    }

    @Override
    public synchronized List<MembershipListInfo> lists() {
        return db.query("SELECT " + COLUMNS + " FROM membership_list ORDER BY id", SqliteMembershipRepository::info);
    }

    @Override
    public synchronized Optional<MembershipListInfo> info(String name) {
        return db.query("SELECT " + COLUMNS + " FROM membership_list WHERE name = ?", SqliteMembershipRepository::info,
                name).stream().findFirst();
    }

    @Override
    public synchronized Optional<MembershipList> list(String name) {
        Optional<MembershipListInfo> info = info(name);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        List<CountyMembership> rows = db.query("SELECT county_code, region_code, basis, source, note, file_row FROM"
                + " membership_row WHERE list_id = ? ORDER BY file_row, region_code", rs -> new CountyMembership(
                        rs.getString(1), rs.getString(2), MembershipBasis.parse(rs.getString(3))
                                .orElse(MembershipBasis.APPROXIMATE), rs.getString(4), rs.getString(5), rs.getInt(6)),
                info.get().id());
        return Optional.of(new MembershipList(info.get().name(), rows));
    }

    @Override
    public synchronized Optional<MembershipListInfo> findImported(String sha256, String sheet) {
        return db.query("SELECT " + COLUMNS + " FROM membership_list WHERE sha256 = ? AND sheet = ?",
                SqliteMembershipRepository::info, sha256, sheet).stream().findFirst();
    }

    @Override
    public synchronized List<ImportPlan.LeftOutRow> leftOut(String name) {
        return db.query("SELECT o.file_row, o.key_text, o.reason FROM membership_left_out o JOIN membership_list l ON"
                + " l.id = o.list_id WHERE l.name = ? ORDER BY o.file_row",
                rs -> new ImportPlan.LeftOutRow(rs.getInt(1), rs.getString(2), rs.getString(3)), name);
    }

    @Override
    public synchronized MembershipListInfo store(MembershipPlan plan, BooleanSupplier cancelled) {
        String name = plan.list().name();
        db.requireWritable("import the list " + name);
        if (name.isBlank() || name.equalsIgnoreCase(MembershipList.BUNDLED)) {
            throw new ImportException(plan.file().name(), "a list cannot be named '" + name + "'; give it another"
                    + " name (--name)");
        }
        info(name).ifPresent(other -> {
            throw new ImportException(plan.file().name(), "a list named '" + name + "' exists already (imported from "
                    + other.file() + " on " + day(other.importedAt()) + "); give this one another name (--name), or"
                    + " remove that one first (membership remove " + name + ")");
        });
        findImported(plan.file().sha256(), plan.sheet()).ifPresent(other -> {
            throw new ImportException(plan.file().name(), "this file" + (plan.sheet().isEmpty() ? "" : " and sheet")
                    + " was imported before, as the list '" + other.name() + "' on " + day(other.importedAt())
                    + "; to import it again, remove that list first (membership remove " + other.name() + ")");
        });
        db.storeImport("the list " + name, plan.file(), cancelled, () -> {
            long id = insertList(plan);
            insertRows(id, plan, cancelled);
            db.insertLeftOut(LEFT_OUT_INSERT, id, plan.leftOut());
            return id;
        });
        return info(name).orElseThrow();
    }

    private long insertList(MembershipPlan plan) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO membership_list (name, file_name,"
                + " file_path, sha256, file_size, format, encoding, sheet, imported_at, rows_read, rows_stored,"
                + " rows_left_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            set(insert, plan.list().name(), plan.file().name(), plan.file().path().toAbsolutePath().toString(),
                    plan.file().sha256(), plan.file().size(), plan.format().name().toLowerCase(Locale.ROOT),
                    plan.encoding(), plan.sheet(), clock.instant().toString(), plan.rowsRead(),
                    plan.list().members().size(), plan.leftOut().size());
            return insertReturningId(insert);
        }
    }

    private void insertRows(long id, MembershipPlan plan, BooleanSupplier cancelled) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO membership_row (list_id, county_code,"
                + " region_code, basis, source, note, file_row, key_text, match_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?)")) {
            List<CountyMembership> rows = plan.list().members();
            for (int i = 0; i < rows.size(); i++) {
                CountyMembership row = rows.get(i);
                MembershipPlan.Key key = plan.keys().get(i);
                set(insert, id, row.countyCode(), row.regionCode(), row.basis().code(), row.source(), row.note(),
                        row.row(), key.text(), key.matchNote());
                insert.addBatch();
                flushNowAndThen(insert, i + 1, cancelled, plan.file().name());
            }
            insert.executeBatch();
        }
    }

    @Override
    public synchronized boolean remove(String name) {
        db.requireWritable("remove the list " + name);
        return changed("remove the list " + name, () -> {
            boolean removed;
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM membership_list WHERE name = ?")) {
                delete.setString(1, name);
                removed = delete.executeUpdate() == 1;
            }
            if (removed) {
                try (PreparedStatement reset = connection.prepareStatement(
                        "DELETE FROM user_setting WHERE key = ? AND value = ?")) {
                    set(reset, IN_FORCE, name);
                    reset.executeUpdate();
                }
            }
            return removed;
        });
    }

    @Override
    public synchronized String inForce() {
        List<String> chosen = db.query("SELECT value FROM user_setting WHERE key = ?", rs -> rs.getString(1), IN_FORCE);
        if (chosen.isEmpty() || info(chosen.get(0)).isEmpty()) {
            return MembershipList.BUNDLED;
        }
        return chosen.get(0);
    }

    @Override
    public synchronized void use(String name) {
        boolean bundled = MembershipList.BUNDLED.equalsIgnoreCase(name.strip());
        if (!bundled && info(name).isEmpty()) {
            List<String> names = new ArrayList<>(List.of(MembershipList.BUNDLED));
            lists().forEach(l -> names.add(l.name()));
            throw new IllegalArgumentException("there is no list named '" + name + "'; the lists are "
                    + String.join(", ", names));
        }
        db.requireWritable("choose the list " + name);
        changed("choose the list " + name, () -> {
            if (bundled) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM user_setting WHERE key = ?")) {
                    delete.setString(1, IN_FORCE);
                    delete.executeUpdate();
                }
            } else {
                try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO user_setting (key, value)"
                        + " VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                    set(upsert, IN_FORCE, name);
                    upsert.executeUpdate();
                }
            }
            return true;
        });
    }

    private boolean changed(String what, UserDatabaseAccess.Work<Boolean> work) {
        return db.inTransaction("cannot " + what + " in " + db.where(), "nothing was changed", work);
    }

    private static MembershipListInfo info(ResultSet rs) throws SQLException {
        return new MembershipListInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                Instant.parse(rs.getString(10)), rs.getInt(11), rs.getInt(12), rs.getInt(13));
    }

    private static String day(Instant when) {
        return when.toString().substring(0, 10);
    }
}
