package org.probity.subjectaccess;

/** The registers a subject access export reads, with the record type their audit entries and attachments use. */
public enum Register {
    DECLARATIONS("Declared relationships", "Declaration", "declarations", "declaration"),
    GROUP_MEETINGS("Group meetings and briefings", "Group meeting", "group-meetings", "group meeting"),
    ENQUIRIES("Members' enquiries and information requests", "Enquiry", "enquiries", "enquiry"),
    COMPLAINTS("Complaints", "Complaint", "complaints", "complaint");

    private final String title;
    private final String recordType;
    private final String fileStem;
    private final String noun;

    Register(String title, String recordType, String fileStem, String noun) {
        this.title = title;
        this.recordType = recordType;
        this.fileStem = fileStem;
        this.noun = noun;
    }

    public String title() {
        return title;
    }

    /** As the audit trail and attachments name the register's records ("Declaration"). */
    public String recordType() {
        return recordType;
    }

    /** The name of the register's CSV file inside the export. */
    public String fileStem() {
        return fileStem;
    }

    /** "3 declarations", "1 enquiry". */
    public String count(int n) {
        String plural = switch (this) {
            case ENQUIRIES -> "enquiries";
            case GROUP_MEETINGS -> "group meetings";
            default -> noun + "s";
        };
        return n + " " + (n == 1 ? noun : plural);
    }
}
