package org.cpatlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cpatlas.domain.Dataset;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.store.DatasetRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas datasets}: the tables imported, with their files, digests, sources and indicators. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the tables you imported: file, SHA-256, sheet, level, source, indicators.",
        subcommands = DatasetsRemoveCommand.class)
final class DatasetsCommand implements Callable<Integer> {

    @ParentCommand
    AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ListFormatOption format = new ListFormatOption();

    @Override
    public Integer call() {
        DatasetRepository repository = root.userData().datasets();
        List<Dataset> datasets = repository.datasets();
        Map<String, IndicatorInfo> indicators = new LinkedHashMap<>();
        repository.indicators().forEach(i -> indicators.put(i.code(), i));
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            List<Object> json = new ArrayList<>();
            for (Dataset d : datasets) {
                json.add(json(d, indicators));
            }
            out.println(Json.write(json));
        } else if (datasets.isEmpty()) {
            out.println("No datasets imported yet; import one with: atlas import FILE");
        } else {
            TextTable table = new TextTable(">Id", "File", "Sheet", "Level", ">Rows stored", ">Left out", "Imported",
                    "SHA-256", "Indicators", "Source");
            for (Dataset d : datasets) {
                table.row(Long.toString(d.id()), d.fileName(), d.sheet(), d.level().key(),
                        Integer.toString(d.rowsStored()), Integer.toString(d.rowsLeftOut()),
                        d.importedAt().toString().substring(0, 16).replace('T', ' '), d.sha256().substring(0, 12),
                        String.join(" ", d.indicators()), d.sourceText().isEmpty() ? "(none given)" : d.sourceText());
            }
            table.lines().forEach(out::println);
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> json(Dataset d, Map<String, IndicatorInfo> indicators) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("file_name", d.fileName());
        json.put("file_path", d.filePath());
        json.put("sha256", d.sha256());
        json.put("file_size", d.fileSize());
        json.put("format", d.format());
        json.put("encoding", d.encoding());
        json.put("sheet", d.sheet());
        json.put("level", d.level().key());
        json.put("key_column", d.keyColumn());
        json.put("source", d.sourceText());
        json.put("imported_at", d.importedAt().toString());
        json.put("rows_read", d.rowsRead());
        json.put("rows_stored", d.rowsStored());
        json.put("rows_left_out", d.rowsLeftOut());
        List<Object> list = new ArrayList<>();
        for (String code : d.indicators()) {
            IndicatorInfo info = indicators.get(code);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", code);
            item.put("name", info == null ? "" : info.name());
            item.put("unit", info == null ? "" : info.unit());
            item.put("year", info == null ? null : info.year());
            item.put("values", info == null ? 0 : info.subjects());
            list.add(item);
        }
        json.put("indicators", list);
        return json;
    }
}
