package org.cpatlas.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.layout.TTLLLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logging as it is from the very first line anything logs, before the command line sends its log to a file: warnings
 * and errors on standard error, nothing on standard output. Without it logback's default logs everything down to
 * debug on standard output, so a message logged early (the cache that cannot be written, say) broke the JSON of
 * {@code atlas regions --format json}. Found by logback through {@code META-INF/services}; a logback.xml or
 * logback-test.xml on the class path, or {@code -Dlogback.configurationFile}, still wins.
 */
public final class StartupLogging extends ContextAwareBase implements Configurator {

    /** Public and without arguments, as the service loader needs. */
    public StartupLogging() {
        // nothing to set up before configure
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || StartupLogging.class.getResource("/logback-test.xml") != null
                || StartupLogging.class.getResource("/logback.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // TTLLLayout, as logback's own default: no pattern to parse at start.
        TTLLLayout layout = new TTLLLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("stderr");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
