package org.probity.transfer;

/** A column of a register's file: its name, how its heading is recognised, whether a file needs it. */
interface RegisterColumn {

    String label();

    /** A file without this column cannot be imported. */
    boolean required();

    /** Written for people to read but worked out again on import, so never read. */
    boolean derived();

    /** Whether a file's heading names this column. */
    boolean matches(String header);
}
