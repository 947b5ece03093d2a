package org.cpatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void noArgumentsOpenTheWindow() {
        AtomicBoolean windowOpened = new AtomicBoolean();
        int code = Launcher.run(new String[0], args -> {
            windowOpened.set(true);
            return 0;
        });
        assertThat(windowOpened).isTrue();
        assertThat(code).isZero();
    }

    @Test
    void argumentsRunACommandWithoutTheWindow() {
        AtomicBoolean windowOpened = new AtomicBoolean();
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Launcher.run(new String[] {"regions", "--format", "csv"}, args -> {
                windowOpened.set(true);
                return 0;
            });
        } finally {
            System.setOut(original);
        }
        assertThat(windowOpened).isFalse();
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("六盘山区").contains("28.72");
    }
}
