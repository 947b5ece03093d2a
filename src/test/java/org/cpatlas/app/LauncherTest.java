package org.cpatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Without arguments the launcher hands over to the window. */
class LauncherTest {

    @Test
    void noArgumentsOpenTheWindowWhichThisBuildDoesNotHaveYet() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Launcher.run(new String[0])).isEqualTo(1);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The atlas window is not in this build yet");
    }
}
