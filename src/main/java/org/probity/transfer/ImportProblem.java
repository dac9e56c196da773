package org.probity.transfer;

/**
 * One thing wrong in an import file. {@code row} is the spreadsheet row number, the header
 * being row 1 (0 when the problem is with the file as a whole); {@code column} is the header
 * as written in the file, or null when the problem is not in one column.
 */
public record ImportProblem(int row, String column, String message) {

    /** "Row 5, column 'Surname': Surname is required." */
    public String describe() {
        if (row <= 0 && column == null) {
            return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        }
        String where = row > 0 ? "Row " + row : "The file";
        if (column != null) {
            where += ", column '" + column + "'";
        }
        return where + ": " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
