package org.cpatlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.domain.MembershipListInfo;
import org.cpatlas.store.MembershipRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code atlas membership}: the county-to-region lists (the bundled one and those imported) and which one draws the
 * regions; alone, or as {@code membership list}, it lists them.
 */
@Command(name = "membership", mixinStandardHelpOptions = true,
        description = "County-to-region lists: the bundled one and those you imported. The list in force draws the 14"
                + " regions in the window and in every command.",
        subcommands = {MembershipCommand.ListCommand.class, MembershipImportCommand.class,
            MembershipUseCommand.class, MembershipRemoveCommand.class, MembershipDiffCommand.class})
final class MembershipCommand implements Callable<Integer> {

    @ParentCommand
    AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ListFormatOption format = new ListFormatOption();

    @Override
    public Integer call() {
        return list(root, format, spec.commandLine().getOut());
    }

    /** {@code membership list}: the lists, the one in force marked. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the county lists: name, file, SHA-256, rows kept and left out, date; * is in force.")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        private MembershipCommand parent;

        @Spec
        private CommandSpec spec;

        @Mixin
        private ListFormatOption format = new ListFormatOption();

        @Override
        public Integer call() {
            return list(parent.root, format, spec.commandLine().getOut());
        }
    }

    /** Refuses a list name that is not one of the lists: exit code 2. */
    static int noList(PrintWriter err, String name) {
        return ErrorExit.with(err, 2, "there is no list named '" + name + "' (see 'atlas membership')");
    }

    static int list(AtlasCommand root, ListFormatOption format, PrintWriter out) {
        MembershipRepository lists = root.userData().memberships();
        String inForce = lists.inForce();
        List<MembershipListInfo> all = lists.lists();
        if (format.json()) {
            List<Object> json = new ArrayList<>();
            Map<String, Object> bundled = new LinkedHashMap<>();
            bundled.put("name", MembershipList.BUNDLED);
            bundled.put("in_force", MembershipList.BUNDLED.equals(inForce));
            bundled.put("file", null);
            json.add(bundled);
            for (MembershipListInfo info : all) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", info.name());
                item.put("in_force", info.name().equals(inForce));
                item.put("file", info.fileName());
                item.put("sheet", info.sheet());
                item.put("path", info.filePath());
                item.put("sha256", info.sha256());
                item.put("imported_at", info.importedAt().toString());
                item.put("rows_read", info.rowsRead());
                item.put("rows_kept", info.rowsStored());
                item.put("rows_left_out", info.rowsLeftOut());
                json.add(item);
            }
            out.println(Json.write(json));
        } else {
            TextTable table = new TextTable("", "Name", "File", ">Rows kept", ">Left out", "Imported", "SHA-256");
            table.row(MembershipList.BUNDLED.equals(inForce) ? "*" : "", MembershipList.BUNDLED,
                    "(the atlas's own list)", "", "", "", "");
            for (MembershipListInfo info : all) {
                table.row(info.name().equals(inForce) ? "*" : "", info.name(), info.file(),
                        Integer.toString(info.rowsStored()), Integer.toString(info.rowsLeftOut()),
                        info.importedAt().toString().substring(0, 16).replace('T', ' '), info.sha256().substring(0, 12));
            }
            table.lines().forEach(out::println);
            out.println("* in force: " + inForce + (all.isEmpty() ? "; import a list with: atlas membership import FILE"
                    : "; switch with: atlas membership use NAME|bundled"));
        }
        out.flush();
        return 0;
    }
}
