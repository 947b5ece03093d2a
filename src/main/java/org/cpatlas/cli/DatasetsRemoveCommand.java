package org.cpatlas.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cpatlas.domain.Dataset;
import org.cpatlas.store.DatasetRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas datasets remove ID}: removes one imported table and everything imported with it. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove an imported table (and its indicators and values) from your datasets database.")
final class DatasetsRemoveCommand implements Callable<Integer> {

    @ParentCommand
    private DatasetsCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The dataset's number, as 'atlas datasets' lists it.")
    private String id;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long number;
        try {
            number = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return ErrorExit.with(err, 2, "ID must be a dataset number as 'atlas datasets' lists it, got '" + id + "'"
                    + " (see 'atlas datasets remove --help')");
        }
        DatasetRepository repository = parent.root.userData().datasets();
        Optional<Dataset> dataset = repository.dataset(number);
        if (dataset.isEmpty()) {
            return ErrorExit.with(err, 2, "there is no dataset " + number + " (see 'atlas datasets')");
        }
        repository.remove(number);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Removed dataset " + number + " (" + dataset.get().fileName() + ", indicators "
                + String.join(" ", dataset.get().indicators()) + ").");
        out.flush();
        return 0;
    }
}
