package org.cpatlas.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Sends the command line's log to a file, so stdout carries only the output and stderr only one-line messages.
 * Done in code rather than in a logback.xml because the window keeps its own logging configuration.
 */
final class CliLogging {

    private CliLogging() {
    }

    /** Logs INFO and above to the file; logs nothing when the file cannot be written. Returns the file or null. */
    static Path installFileLogging(Path logFile) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            return null;
        }
        context.reset();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        try {
            Files.createDirectories(logFile.getParent());
            if (Files.exists(logFile) ? !Files.isWritable(logFile) : !Files.isWritable(logFile.getParent())) {
                root.setLevel(Level.OFF);
                return null;
            }
        } catch (IOException | RuntimeException e) {
            root.setLevel(Level.OFF);
            return null;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(logFile.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        return logFile;
    }
}
