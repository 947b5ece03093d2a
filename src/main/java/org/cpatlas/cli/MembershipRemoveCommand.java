package org.cpatlas.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.domain.MembershipListInfo;
import org.cpatlas.store.AtlasStoreException;
import org.cpatlas.store.MembershipRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas membership remove NAME}: forgets an imported list (the file itself is not touched). */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove an imported county list; if it was in force, the bundled list is in force again.")
final class MembershipRemoveCommand implements Callable<Integer> {

    @ParentCommand
    private MembershipCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The list's name, as 'atlas membership' lists it.")
    private String name;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (MembershipList.BUNDLED.equalsIgnoreCase(name.strip())) {
            return ErrorExit.with(err, 2, "the bundled list is the atlas's own and cannot be removed; 'atlas"
                    + " membership use bundled' puts it in force");
        }
        MembershipRepository lists = parent.root.userData().memberships();
        Optional<MembershipListInfo> info = lists.info(name);
        if (info.isEmpty()) {
            return MembershipCommand.noList(err, name);
        }
        boolean wasInForce = lists.inForce().equals(info.get().name());
        try {
            lists.remove(info.get().name());
        } catch (AtlasStoreException e) {
            return ErrorExit.failed(err, e.userMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Removed the list '" + info.get().name() + "' (" + info.get().file() + ")."
                + (wasInForce ? " It was in force: the regions are drawn from the bundled list again." : ""));
        out.flush();
        return 0;
    }
}
