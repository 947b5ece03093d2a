package org.cpatlas.store;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.domain.MembershipListInfo;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.MembershipPlan;

/**
 * The county-to-region lists the user imported, and which list draws the regions (the one "in force"; the bundled
 * list when none is chosen). Every change is one transaction: a failure changes nothing.
 */
public interface MembershipRepository {

    /** False when lists cannot be stored, removed or chosen now (read-only, locked, or a temporary copy). */
    boolean writable();

    /** Every imported list, oldest first. */
    List<MembershipListInfo> lists();

    /** The list of that name (case as stored; {@code bundled} is not here: it is the atlas's own). */
    Optional<MembershipListInfo> info(String name);

    /** The rows of an imported list, in file order; empty for an unknown name. */
    Optional<MembershipList> list(String name);

    /** The list imported from the same bytes and sheet, if any: the same file is not imported twice. */
    Optional<MembershipListInfo> findImported(String sha256, String sheet);

    /** The rows of a list's file that were not kept, and why. */
    List<ImportPlan.LeftOutRow> leftOut(String name);

    /**
     * Stores a list in one transaction, checking first that the file is unchanged since it was read, that the name is
     * free and the file not imported before; a failure or a cancel stores nothing. The list in force is unchanged.
     *
     * @throws org.cpatlas.imports.ImportException          the name is taken, the file changed or was imported before
     * @throws org.cpatlas.imports.ImportCancelledException cancelled; nothing stored
     * @throws AtlasStoreException                          the database could not be written; nothing stored
     */
    MembershipListInfo store(MembershipPlan plan, BooleanSupplier cancelled);

    /** Removes a list; when it was in force, the bundled list is in force again. False when there is none so named. */
    boolean remove(String name);

    /** The name of the list in force: an imported list's name, or {@link MembershipList#BUNDLED}. */
    String inForce();

    /**
     * Chooses the list that draws the regions, remembered in the user database.
     *
     * @throws IllegalArgumentException naming the lists there are, when {@code name} is none of them
     */
    void use(String name);
}
