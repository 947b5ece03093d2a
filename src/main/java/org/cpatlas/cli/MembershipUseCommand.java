package org.cpatlas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.store.AtlasStoreException;
import org.cpatlas.store.MembershipRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas membership use NAME|bundled}: the list that draws the regions from now on (remembered). */
@Command(name = "use", mixinStandardHelpOptions = true,
        description = "Draw the regions from this county list from now on, in the window and every command;"
                + " 'bundled' goes back to the atlas's own list.")
final class MembershipUseCommand implements Callable<Integer> {

    @ParentCommand
    private MembershipCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|bundled", description = "A list's name, as 'atlas membership' lists it.")
    private String name;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        MembershipRepository lists = parent.root.userData().memberships();
        try {
            lists.use(name);
        } catch (IllegalArgumentException e) {
            return ErrorExit.with(err, 2, e.getMessage() + " (see 'atlas membership')");
        } catch (AtlasStoreException e) {
            return ErrorExit.failed(err, e.userMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        String inForce = lists.inForce();
        out.println(MembershipList.BUNDLED.equals(inForce)
                ? "The regions are drawn from the bundled list again (the atlas's own regions)."
                : "The regions are drawn from the list '" + inForce + "' from now on; 'atlas membership use bundled'"
                        + " goes back.");
        out.flush();
        return 0;
    }
}
