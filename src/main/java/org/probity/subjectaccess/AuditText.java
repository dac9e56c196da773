package org.probity.subjectaccess;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.probity.audit.AuditEntry;
import org.probity.audit.FieldChange;
import org.probity.common.UkDates;

/** How an audit entry reads in an export: when, who, what, and each field's change. */
final class AuditText {

    private AuditText() {
    }

    /** Every string of the entry that could hold a name. */
    static List<String> of(AuditEntry e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.user());
        texts.add(e.recordLabel());
        texts.addAll(e.before().keySet());
        texts.addAll(e.before().values());
        texts.addAll(e.after().keySet());
        texts.addAll(e.after().values());
        return texts;
    }

    static String when(AuditEntry e) {
        return UkDates.display(e.recordedAt().toLocalDate()) + " " + String.format("%02d:%02d",
                e.recordedAt().getHour(), e.recordedAt().getMinute());
    }

    /** "Status: from Open to Decided; Reasons: set to …", redacted. */
    static String changes(AuditEntry e, Redaction redaction) {
        List<FieldChange> changes = e.changes();
        if (changes.isEmpty()) {
            return "no field values recorded";
        }
        return changes.stream().map(c -> redaction.apply(c.field()) + ": " + change(c, redaction))
                .collect(Collectors.joining("; "));
    }

    private static String change(FieldChange c, Redaction redaction) {
        if (c.before().isEmpty()) {
            return "set to \u201c" + redaction.apply(c.after()) + "\u201d";
        }
        if (c.after().isEmpty()) {
            return "\u201c" + redaction.apply(c.before()) + "\u201d removed";
        }
        return "from \u201c" + redaction.apply(c.before()) + "\u201d to \u201c" + redaction.apply(c.after()) + "\u201d";
    }

    /** "12 Mar 2026 10:02, changed by jsmith: Status: from …". */
    static String line(AuditEntry e, Redaction redaction) {
        return when(e) + ", " + e.kind().label().toLowerCase(java.util.Locale.UK) + " by "
                + redaction.apply(e.user()) + ": " + changes(e, redaction);
    }
}
