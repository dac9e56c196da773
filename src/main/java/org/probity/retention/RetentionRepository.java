package org.probity.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the schedule, holds and disposal log are kept, and how the registers' records are found and disposed of. */
public interface RetentionRepository {

    /** The rules the Monitoring Officer has set; registers without one use their default. */
    List<RetentionRule> storedRules();

    void saveRule(RetentionRule rule);

    /**
     * Each record of the register whose trigger fell on or before {@code latestTrigger} and that has
     * not been disposed of already, oldest trigger first; read a row at a time.
     */
    void forEachRetained(RetainedRegister register, LocalDate latestTrigger, Consumer<RetainedRecord> row);

    /** How many records {@link #forEachRetained} would give. */
    int countRetained(RetainedRegister register, LocalDate latestTrigger);

    /** The record with this reference, if it is still held and its trigger fell on or before {@code latestTrigger}. */
    Optional<RetainedRecord> retained(RetainedRegister register, String reference, LocalDate latestTrigger);

    List<LegalHold> holds(boolean activeOnly);

    Optional<LegalHold> activeHold(RetainedRegister register, long recordId);

    LegalHold placeHold(LegalHold hold);

    void liftHold(long holdId, String liftedBy, java.time.LocalDateTime liftedAt, String reason);

    int countAttachments(String ownerType, long ownerId);

    int countAuditEntries(String recordType, long recordId);

    /** Deletes the attachments and their content; returns how many there were. */
    int deleteAttachments(String ownerType, long ownerId);

    void anonymise(RetainedRegister register, long recordId);

    void delete(RetainedRegister register, long recordId);

    DisposalLogEntry log(DisposalLogEntry entry);

    void setAuditEntriesRedacted(long logId, int count);

    List<DisposalLogEntry> disposalLog();

    /** How many records of the register counted in {@code year} were deleted (not anonymised) by disposals. */
    int deletedIn(RetainedRegister register, int year);
}
