package org.cpatlas.cli;

import org.cpatlas.imports.RawTable;
import org.cpatlas.imports.ReadOptions;
import org.cpatlas.imports.SourceFile;
import org.cpatlas.imports.TableReader;
import picocli.CommandLine.Option;

/** The {@code --sheet} and {@code --encoding} options of the commands that import a table or a list. */
final class TableReadingOptions {

    @Option(names = "--sheet", paramLabel = "NAME", description = "The workbook's sheet (default: the first).")
    String sheet;

    @Option(names = "--encoding", paramLabel = "ENC",
            description = "Text encoding of a CSV, e.g. GB18030, GBK, UTF-8 (default: detected).")
    String encoding;

    /** Reads the file as these options say (the sheet and encoding found when not given). */
    RawTable read(SourceFile file) {
        return new TableReader().read(file, new ReadOptions(sheet, encoding));
    }
}
