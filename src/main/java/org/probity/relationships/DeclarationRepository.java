package org.probity.relationships;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probity.people.PersonRef;

/** Where declarations, their actions, re-confirmations and conflict flags are kept. */
public interface DeclarationRepository {

    /** Stores a new declaration under its own reference if it has one, otherwise the next of its year. */
    Declaration insert(Declaration declaration);

    void update(Declaration declaration);

    Optional<Declaration> find(long id);

    Optional<Declaration> find(Reference reference);

    List<Declaration> all();

    /** The declarations made on or before {@code to} that had not ended before {@code from}. */
    List<Declaration> during(java.time.LocalDate from, java.time.LocalDate to);

    /** The declarations made from {@code from} to {@code to}, counted by the year they were made. */
    java.util.Map<Integer, Integer> declaredByYear(java.time.LocalDate from, java.time.LocalDate to);

    List<Declaration> involving(PersonRef person);

    void addReconfirmation(long declarationId, LocalDate confirmedOn, String note);

    List<ConflictFlag> flags(long declarationId);

    List<ConflictFlag> openFlags();

    List<ConflictFlag> allFlags();

    ConflictFlag raise(ConflictFlag flag);

    void clear(long flagId, LocalDate clearedOn);

    int count();
}
