package org.probity.storage;

/** The database was written by a newer Probity than this one, which must not touch it. */
public final class NewerDatabaseException extends StorageException {

    private final String writtenBy;

    public NewerDatabaseException(String databaseSchema, String knownSchema, String writtenBy, String thisVersion) {
        super("This database was written by Probity " + writtenBy + " (data format " + databaseSchema
                + "), which is newer than this Probity " + thisVersion + " (data format " + knownSchema
                + "). Install Probity " + writtenBy + " or later to open it. The database has not been changed.");
        this.writtenBy = writtenBy;
    }

    public String writtenBy() {
        return writtenBy;
    }
}
