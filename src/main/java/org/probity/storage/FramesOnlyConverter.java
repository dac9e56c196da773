package org.probity.storage;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * Writes an exception to the log as its class names and stack frames only. Exception messages can
 * quote what was typed or stored (a name, a complaint's summary), and the log must hold no
 * personal data; the frames are what is needed to find the fault.
 */
public final class FramesOnlyConverter extends ThrowableHandlingConverter {

    private static final int FRAMES = 40;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        String prefix = "";
        for (IThrowableProxy p = proxy; p != null; p = p.getCause()) {
            text.append(prefix).append(p.getClassName()).append(System.lineSeparator());
            StackTraceElementProxy[] frames = p.getStackTraceElementProxyArray();
            for (int i = 0; i < Math.min(frames.length, FRAMES); i++) {
                text.append("\tat ").append(frames[i].getStackTraceElement()).append(System.lineSeparator());
            }
            prefix = "Caused by: ";
            if (p.getCause() == p) {
                break;
            }
        }
        return text.toString();
    }
}
