package org.probity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditKind;

class HistoryViewModelTest {

    private final HistoryViewModel model = new HistoryViewModel(new ImmediateBackgroundTasks(),
            List.of("Name", "Post", "Tier"));

    @Test
    void showsEachChangedFieldWithBeforeAndAfterNewestFirstInFieldOrder() {
        AuditEntry changed = new AuditEntry(2, LocalDateTime.of(2026, 11, 23, 14, 5), "mo", "Officer", "7", "Ravi Patel",
                AuditKind.CHANGED, Map.of("Name", "Ravi Patel", "Post", "Head", "Tier", "3"),
                Map.of("Name", "Ravi Patel", "Post", "Director", "Tier", "2"));
        AuditEntry created = new AuditEntry(1, LocalDateTime.of(2026, 1, 5, 9, 0), "clerk", "Officer", "7",
                "Ravi Patel", AuditKind.CREATED, Map.of(), Map.of("Tier", "3", "Name", "Ravi Patel", "Post", ""));

        model.show(() -> List.of(changed, created));

        assertThat(model.rows()).containsExactly(
                new HistoryViewModel.Row("23 Nov 2026 14:05", "mo", "Changed 2 fields", "Post", "Head", "Director"),
                new HistoryViewModel.Row("", "", "", "Tier", "3", "2"),
                new HistoryViewModel.Row("5 Jan 2026 09:00", "clerk", "Created Ravi Patel", "Name", "", "Ravi Patel"),
                new HistoryViewModel.Row("", "", "", "Tier", "", "3"));
    }

    @Test
    void saysWhyTheHistoryCouldNotBeRead() {
        model.show(() -> {
            throw new IllegalStateException("connection refused");
        });

        assertThat(model.rows()).isEmpty();
        assertThat(model.placeholderProperty().get()).startsWith("The history could not be read: The database server");
    }
}
