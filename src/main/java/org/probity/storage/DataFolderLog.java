package org.probity.storage;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probity's log: {@code logs/probity.log} in the data folder, rolled over at 2 MB and kept to the
 * five latest files. Messages name records by type and number, never by what they hold, and
 * exceptions are written as frames only ({@link FramesOnlyConverter}).
 */
public final class DataFolderLog {

    public static final String FOLDER = "logs";
    public static final String FILE_NAME = "probity.log";
    private static final DateTimeFormatter REFERENCE = DateTimeFormatter.ofPattern("yyMMdd-HHmm");
    private static volatile Path started;

    private DataFolderLog() {
    }

    /** Starts writing the log into {@code dataDir}; calling it again for the same folder does nothing. */
    public static synchronized void start(Path dataDir) {
        Path folder = dataDir.resolve(FOLDER).toAbsolutePath();
        if (folder.equals(started) || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("dataFolder");
        appender.setFile(folder.resolve(FILE_NAME).toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("probity.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(4);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("2MB"));
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss} %-5level %logger{30} [%thread] - %msg%n%framesOnly");
        encoder.start();
        encoder.getLayout();
        if (encoder.getLayout() instanceof ch.qos.logback.core.pattern.PatternLayoutBase<?> layout) {
            layout.getInstanceConverterMap().put("framesOnly", FramesOnlyConverter.class.getName());
            layout.stop();
            layout.start();
        }

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();

        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (started != null) {
            root.detachAppender("dataFolder");
        }
        root.addAppender(appender);
        started = folder;
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve(FOLDER).resolve(FILE_NAME);
    }

    /**
     * Logs an unexpected error under a short reference the person can quote, and returns it: the
     * message they see carries the reference, the log carries the detail.
     */
    public static String unexpected(Logger log, String where, Throwable error) {
        String reference = "PRB-" + REFERENCE.format(LocalDateTime.now()) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000)).toUpperCase();
        log.error("Unexpected error {} in {}: {}", reference, where, error.getClass().getName(), error);
        return reference;
    }
}
