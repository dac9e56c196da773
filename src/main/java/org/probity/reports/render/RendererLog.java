package org.probity.reports.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's messages to Probity's log. Left alone it writes its progress to
 * standard error, which the command line shows to the user after every report.
 */
final class RendererLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("org.probity.reports.render.openhtmltopdf");
    private static volatile boolean installed;

    private RendererLog() {
    }

    static void install() {
        if (!installed) {
            synchronized (RendererLog.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new RendererLog());
                    installed = true;
                }
            }
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.error("{}: {}", where, msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, msg, th);
        } else {
            LOG.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are set in Probity's logging configuration.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Level level = diagnostic.getLevel();
        return level.intValue() >= Level.WARNING.intValue() ? LOG.isWarnEnabled() : LOG.isDebugEnabled();
    }
}
