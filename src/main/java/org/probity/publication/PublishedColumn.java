package org.probity.publication;

/**
 * A column an extract may be published with. A {@code personal} column names a person or holds
 * free text that may identify one; {@code why} says which, for the warning shown when it is ticked.
 */
public record PublishedColumn(String heading, boolean personal, String why) {

    public static PublishedColumn open(String heading) {
        return new PublishedColumn(heading, false, "");
    }

    public static PublishedColumn personal(String heading, String why) {
        return new PublishedColumn(heading, true, why);
    }
}
