package org.probity.demo;

import java.time.Duration;

/** What loading the demo register of declared relationships created, and how long it took. */
public record DemoDeclarationSummary(int declarations, int openFlags, Duration took) {
}
