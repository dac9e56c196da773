package org.probity.retention;

/**
 * What approving the disposal of one record would do: the record and what becomes of it, how many
 * attachments go with it and how many of its audit entries lose their personal values.
 */
public record PlannedDisposal(DueRecord due, int attachments, int auditEntries) {

    public String whatHappens() {
        String record = due.action() == DisposalAction.DELETE
                ? "delete: the record and everything under it"
                : "anonymise: people and free text removed, dates and outcomes kept";
        return record + "; " + count(attachments, "attachment") + " deleted; " + count(auditEntries, "history entry",
                "history entries") + " redacted.";
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
