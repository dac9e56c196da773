package org.probity.subjectaccess;

/**
 * One answer to a search for the person a request is about: who they are ("Officer, Head of
 * Planning") and where Probity holds something about them ("2 declarations, 14 enquiries").
 */
public record SubjectMatch(DataSubject subject, String displayName, String description, String appearances) {

    @Override
    public String toString() {
        return displayName + " (" + description + ")";
    }
}
