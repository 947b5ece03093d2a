package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.cpatlas.cli.AtlasCli;
import org.cpatlas.cli.StoreFactory;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every mistake on the command line: one line on stderr that says what is wrong and where the usage is, exit code 2,
 * nothing on stdout, no stack trace, and no file written.
 */
class CliUsageFaultsTest {

    @TempDir
    static Path tmp;

    private static StoreFactory stores;

    @BeforeAll
    static void buildTheDatabaseOnce() {
        Path db = tmp.resolve("atlas.db");
        TestStores.opener().open(db).close();
        stores = explicit -> TestStores.opener().open(db);
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run run(StoreFactory stores, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.execute(args, stores, new PrintWriter(out), new PrintWriter(err), tmp.resolve("atlas.log"));
        return new Run(code, out.toString(), err.toString());
    }

    /** Arguments are split on spaces; OUT stands for a file in a fresh folder, which must stay empty. */
    @ParameterizedTest(name = "atlas {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // unknown command or option
        "mapz|atlas: Unmatched argument at index 0: 'mapz' (see 'atlas --help')",
        "regions --bogus|atlas: Unknown option: '--bogus' (see 'atlas regions --help')",
        "regions extra|atlas: Unmatched argument at index 1: 'extra' (see 'atlas regions --help')",
        // unknown region
        "region Lupan|atlas: unknown region 'Lupan'; closest matches: liupan (六盘山区, Liupan Mountains), luliang (吕梁山区,"
            + " Lüliang Mountains), wuling (武陵山区, Wuling Mountains) (see 'atlas regions')",
        "export --region Atlantis --out OUT|atlas: unknown region 'Atlantis'; closest matches: dianxi (滇西边境山区, Western"
            + " Yunnan Border Mountains), wuling (武陵山区, Wuling Mountains), luliang (吕梁山区, Lüliang Mountains)"
            + " (see 'atlas regions')",
        // bad values
        "region tibet --format xml|atlas: Invalid value for option '--format': expected one of [table, json, csv, xlsx]"
            + " (case-insensitive) but was 'xml' (see 'atlas region --help')",
        "identify abc 30|identify: LON must be a number in degrees, got 'abc' (see 'atlas identify --help')",
        "identify 109 NaN|identify: LAT must be a number in degrees, got 'NaN' (see 'atlas identify --help')",
        "identify 0x10 30|identify: LON must be a number in degrees, got '0x10' (see 'atlas identify --help')",
        "identify 181 30|identify: LON must be between -180 and 180, got 181 (see 'atlas identify --help')",
        "identify 109 1e308|identify: LAT must be between -90 and 90, got 1e308 (see 'atlas identify --help')",
        "identify 109 30 --format xml|atlas: Invalid value for option '--format': --format must be text or json, got"
            + " 'xml' (see 'atlas identify --help')",
        "export --region liupan --dpi lots --out OUT|atlas: --dpi must be a whole number between 72 and 600, got 'lots'"
            + " (see 'atlas export --help')",
        "export --region liupan --dpi 0 --out OUT|atlas: --dpi must be between 72 and 600, got 0 (see 'atlas export --help')",
        "export --region liupan --dpi -300 --out OUT|atlas: --dpi must be between 72 and 600, got -300"
            + " (see 'atlas export --help')",
        "export --region liupan --dpi 100000 --out OUT|atlas: --dpi must be between 72 and 600, got 100000"
            + " (see 'atlas export --help')",
        "export --region liupan --dpi 99999999999 --out OUT|atlas: --dpi must be a whole number between 72 and 600, got"
            + " '99999999999' (see 'atlas export --help')",
        "export --region liupan --paper A0 --out OUT|atlas: unknown paper 'A0': use A4, A3 or LETTER"
            + " (see 'atlas export --help')",
        "export --region liupan --paper 1000x1000 --out OUT|atlas: unknown paper '1000x1000': use A4, A3 or LETTER"
            + " (see 'atlas export --help')",
        "export --region liupan --format tiff --out OUT|atlas: --format must be png, pdf or svg, got 'tiff'"
            + " (see 'atlas export --help')",
        "export --region liupan --layout poster --out OUT|atlas: --layout must be sheet or map (see 'atlas export --help')",
        "atlas --out OUT --paper B5|atlas: unknown paper 'B5': use A4, A3 or LETTER (see 'atlas atlas --help')",
        // publication options
        "export --layout map --figure 20mm --out OUT|atlas: --figure must be 60 to 500 mm wide, got 20mm (20.0 mm)"
            + " (see 'atlas export --help')",
        "export --layout map --figure wide --out OUT|atlas: --figure must be single, double, a width in millimetres"
            + " (e.g. 84mm) or in pixels at --dpi (e.g. 1000px), got 'wide' (see 'atlas export --help')",
        "export --region liupan --figure single --out OUT|atlas: --figure is for maps: add --layout map (a sheet with"
            + " its table, chart and sources needs a paper page) (see 'atlas export --help')",
        "export --layout map --pdfa --format png --out OUT|atlas: --pdfa is for PDF output: add --format pdf or an"
            + " --out name ending in .pdf (see 'atlas export --help')",
        "export --layout map --format svg --svg-text outlines --out OUT|atlas: --svg-text must be paths or text, got"
            + " 'outlines' (see 'atlas export --help')",
        // missing arguments
        "region|atlas: Missing required parameter: 'NAME' (see 'atlas region --help')",
        "identify|atlas: Missing required parameters: 'LON', 'LAT' (see 'atlas identify --help')",
        "identify 109|atlas: Missing required parameter: 'LAT' (see 'atlas identify --help')",
        "export|atlas: --region is required for a sheet; to export the whole country use --layout map without"
            + " --region (see 'atlas export --help')",
        "export --region|atlas: Missing required parameter for option '--region' (NAME) (see 'atlas export --help')",
        "atlas|atlas: Missing required option: '--out=FILE.pdf' (see 'atlas atlas --help')",
        "atlas --out|atlas: Missing required parameter for option '--out' (FILE.pdf) (see 'atlas atlas --help')",
        "--db|atlas: Missing required parameter for option '--db' (PATH) (see 'atlas --help')",
        // a workbook needs a file
        "regions --format xlsx|atlas: --format xlsx writes a workbook, not text: name the file with --out FILE.xlsx"
            + " (see 'atlas regions --help')",
        "region wuling --format xlsx|atlas: --format xlsx writes a workbook, not text: name the file with --out"
            + " FILE.xlsx (see 'atlas region --help')",
        "region wuling --format csv --table towns|atlas: Invalid value for option '--table': expected one of"
            + " [provinces, figures, counties] (case-insensitive) but was 'towns' (see 'atlas region --help')",
        "regions --format csv --lang fr|atlas: Invalid value for option '--lang': expected one of [en, zh]"
            + " (case-insensitive) but was 'fr' (see 'atlas regions --help')",
        "`` |atlas: name a command (regions, region ...); see 'atlas --help'"})
    void usageErrorIsOneLineWithExitCode2AndAHint(String args, String expected, @TempDir Path outDir) {
        String[] argv = args.isBlank() ? new String[0]
                : args.replace("OUT", outDir.resolve("out.pdf").toString()).split(" ");

        Run run = run(stores, argv);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(expected + System.lineSeparator());
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(outDir).isEmptyDirectory();
    }
}
