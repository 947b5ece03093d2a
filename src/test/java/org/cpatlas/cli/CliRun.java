package org.cpatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(StoreFactory stores, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.execute(args, stores, new PrintWriter(out), new PrintWriter(err), Path.of("atlas.log"));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** With the user database (imported tables) opened by {@code userData}. */
    static CliRun of(StoreFactory stores, UserDataFactory userData, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.execute(args, stores, userData, new PrintWriter(out), new PrintWriter(err),
                Path.of("atlas.log"));
        return new CliRun(code, out.toString(), err.toString());
    }
}
