package org.probity.subjectaccess;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What goes into one export: the material, the redaction chosen for it, the names disclosed,
 * and who made it, when, for which authority. The summary PDF and the ZIP both read it.
 */
record ExportContent(HeldData data, Redaction redaction, List<String> disclosed, String madeBy, LocalDateTime madeAt,
                     String authority) {

    ExportContent {
        disclosed = List.copyOf(disclosed);
    }

    /** "3 names redacted; disclosed at the officer's choice: Sam Jones". */
    String redactionNote() {
        int redacted = data.thirdParties().size() - disclosed.size();
        String note = redacted + (redacted == 1 ? " name redacted" : " names redacted");
        return disclosed.isEmpty() ? note : note + "; disclosed at the officer's choice: " + String.join(", ",
                disclosed);
    }
}
