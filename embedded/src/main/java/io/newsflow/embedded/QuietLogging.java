package io.newsflow.embedded;

import java.util.List;

/**
 * Turns the in-process broker's and HTTP server's INFO chatter down to WARN when slf4j-simple is the
 * binding, so the demo's own output stays readable. slf4j-simple reads these system properties whenever
 * a logger is created, and the broker creates its loggers when it starts, so setting them here is enough.
 * A property the user already set wins; {@code -Dnewsflow.embedded.quiet=false} keeps everything.
 * With another binding (log4j2, logback) configure the same logger names there.
 */
final class QuietLogging {

    /**
     * Server-side packages, plus the client config dumps (a hundred INFO lines per client, the registry's
     * and the application's alike); the application's own client and Streams loggers keep their levels.
     */
    static final List<String> BROKER_LOGGERS = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.server",
            "org.apache.kafka.raft",
            "org.apache.kafka.metadata",
            "org.apache.kafka.image",
            "org.apache.kafka.storage",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.queue",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.security",
            "org.apache.kafka.network",
            "org.apache.kafka.common.network",
            "org.apache.kafka.common.security",
            "org.apache.kafka.common.config.AbstractConfig",
            "org.apache.kafka.common.utils.internals.AppInfoParser",
            "org.apache.kafka.common.metrics",
            "org.eclipse.jetty",
            "io.javalin");

    private QuietLogging() {
    }

    static void apply() {
        if ("false".equalsIgnoreCase(System.getProperty("newsflow.embedded.quiet"))) {
            return;
        }
        for (String logger : BROKER_LOGGERS) {
            setIfAbsent(logger, "warn");
        }
        // Warns on every fresh start that the metadata log is empty, which is the point of a fresh start.
        setIfAbsent("org.apache.kafka.controller", "error");
    }

    private static void setIfAbsent(String logger, String level) {
        String key = "org.slf4j.simpleLogger.log." + logger;
        if (System.getProperty(key) == null) {
            System.setProperty(key, level);
        }
    }
}
