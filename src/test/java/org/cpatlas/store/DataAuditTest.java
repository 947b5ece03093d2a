package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Observation;
import org.cpatlas.domain.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every figure in the store carries a usable source, and quotes are the seed documents' own words. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataAuditTest {

    /** The seed texts beside the repository (../shared/seeds), keyed by the document id used in documents.csv. */
    private static final Map<String, String> SEEDS = Map.of(
            "wang2014", "003_7b05a67fe874f6d7.txt",
            "ccc_inclusive_innovation", "000_f345c8864333c7e7.txt",
            "drc2019_xiangxi", "002_5dd3cbebd591caa9.txt");

    private AtlasStore store;
    private List<Observation> observations;

    @BeforeAll
    void openStore() {
        store = TestStores.inMemory();
        observations = store.repository().observations();
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    @Test
    void everyObservationHasASourceWithDocumentLocationAndQuoteOrUrl() {
        assertThat(observations).hasSizeGreaterThan(300);
        for (Observation observation : observations) {
            Source source = observation.source();
            assertThat(source).as(observation.id()).isNotNull();
            assertThat(source.document()).as(observation.id()).isNotBlank();
            assertThat(source.location()).as(observation.id()).isNotBlank();
            assertThat(source.quote().isBlank() && source.url().isBlank()).as(observation.id() + " quote or URL").isFalse();
        }
    }

    @Test
    void missingValuesAreFlaggedNotReportedAndNeverZero() {
        for (Observation observation : observations) {
            boolean missing = observation.figure().value() == null && observation.figure().text() == null;
            assertThat(observation.figure().has(Flag.NOT_REPORTED)).as(observation.id()).isEqualTo(missing);
        }
        List<String> notReported = observations.stream()
                .filter(o -> o.figure().has(Flag.NOT_REPORTED))
                .map(Observation::id)
                .sorted()
                .toList();
        // The Tibetan areas' region rate, and the printed and computed gaps of their four provinces: nothing else.
        assertThat(notReported).containsExactlyInAnyOrder(
                "t1_tibetan_areas_rate",
                "t1_tibetan_areas_51_gap_computed", "t1_tibetan_areas_51_gap_printed",
                "t1_tibetan_areas_53_gap_computed", "t1_tibetan_areas_53_gap_printed",
                "t1_tibetan_areas_62_gap_computed", "t1_tibetan_areas_62_gap_printed",
                "t1_tibetan_areas_63_gap_computed", "t1_tibetan_areas_63_gap_printed");
    }

    @Test
    void everySourceIsUsedByAtLeastOneFigure() {
        Set<String> used = observations.stream().map(o -> o.source().id()).collect(Collectors.toSet());
        assertThat(store.repository().sources()).extracting(Source::id).allMatch(used::contains);
    }

    @Test
    void quotesOfTheSeedDocumentsAreTheirExactWords() throws IOException {
        // CI clones the repository beside shared/; a developer's worktree sits one level deeper.
        Path seeds = Stream.of(Path.of("..", "shared", "seeds"), Path.of("..", "..", "shared", "seeds"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(seeds != null, "the seed texts are beside the repository on the build machines");
        int checked = 0;
        for (Source source : store.repository().sources()) {
            String documentId = documentIdOf(source);
            if (documentId == null || source.quote().isEmpty()) {
                continue;
            }
            String text = squeeze(Files.readString(seeds.resolve(SEEDS.get(documentId))));
            assertThat(text).as(source.id()).contains(squeeze(source.quote()));
            checked++;
        }
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void theTraceOfEverySeedQuoteIsTheLineOfTheCopyThatHoldsIt() throws IOException {
        // The trace column is for maintainers only (a reader never sees it), but it must still lead to the words.
        Path seeds = seeds();
        assumeTrue(seeds != null, "the seed texts are beside the repository on the build machines");
        List<String> lines = Files.readAllLines(Path.of("data", "sources.csv"), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Pattern trace = java.util.regex.Pattern.compile("(\\d{3}_[0-9a-f]+\\.txt) line (\\d+)$");
        int checked = 0;
        for (Source source : store.repository().sources()) {
            String row = lines.stream().filter(l -> l.startsWith(source.id() + ",")).findFirst().orElseThrow();
            java.util.regex.Matcher m = trace.matcher(row);
            if (!m.find() || source.quote().isEmpty()) {
                continue;
            }
            String line = Files.readAllLines(seeds.resolve(m.group(1))).get(Integer.parseInt(m.group(2)) - 1);
            assertThat(squeeze(line)).as(source.id()).contains(squeeze(source.quote()));
            checked++;
        }
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void everyPlaceIsCitedAsAReaderFindsItNeverByALineOfOurCopy() {
        for (Source source : store.repository().sources()) {
            assertThat(source.location()).as(source.id())
                    .doesNotContainPattern("(?i)\\bline \\d+|seed text|\\.txt")
                    .containsPattern("^(Table \\d, row |Section \\d|Introduction, paragraph \\d|Abstract|text after the "
                            + "abstract|chapter \\d|web page)");
            assertThat(source.documentShort()).as(source.id()).isNotBlank().hasSizeLessThan(80);
        }
    }

    private static Path seeds() {
        return Stream.of(Path.of("..", "shared", "seeds"), Path.of("..", "..", "shared", "seeds"))
                .filter(Files::isDirectory).findFirst().orElse(null);
    }

    private static String documentIdOf(Source source) {
        if (source.document().startsWith("Wang Zhizhang")) {
            return "wang2014";
        }
        if (source.document().startsWith("Zeng Zhihong")) {
            return "ccc_inclusive_innovation";
        }
        if (source.document().startsWith("Peng Yanmin")) {
            return "drc2019_xiangxi";
        }
        return null;
    }

    /** Table cells are tab-separated in the seed text and space-separated in quotes. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
