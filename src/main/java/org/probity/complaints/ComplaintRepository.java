package org.probity.complaints;

import java.util.List;
import java.util.Optional;

/** Where complaints, their stages and the procedure templates are kept. */
public interface ComplaintRepository {

    List<ComplaintProcedure> procedures();

    /**
     * Stores a new complaint with its stages, under its own reference when it has one (a
     * complaint brought back from an export), else under the next reference of its year.
     */
    Complaint insert(Complaint complaint);

    /** Stores many complaints, each with its reference, in batches; nothing is checked or audited. */
    void insertAll(List<Complaint> complaints);

    /** Replaces a complaint's fields and stages. */
    void update(Complaint complaint);

    Optional<Complaint> find(long id);

    Optional<Complaint> find(ComplaintReference reference);

    /** Every complaint, in reference order. */
    List<Complaint> all();

    /** Complaints received from {@code from} to {@code to} inclusive, in reference order. */
    List<Complaint> receivedBetween(java.time.LocalDate from, java.time.LocalDate to);

    /** Moves the response due date of one stage, when the calendar changes under it. */
    void moveResponseDue(long stageId, java.time.LocalDate newDue);

    /** Complaints the person made or is the subject of. */
    List<Complaint> involving(org.probity.people.PersonRef person);

    /** Complaints with no outcome yet. */
    List<Complaint> open();

    int count();

    /** The complaints received from {@code from} to {@code to}, counted by the year received; a year without any is not in the map. */
    java.util.Map<Integer, Integer> receivedByYear(java.time.LocalDate from, java.time.LocalDate to);

    /**
     * Replaces the protocol paragraphs a complaint is linked to: {@code numbers} of the version
     * {@code versionId}, or none when {@code versionId} is {@code null}.
     */
    void linkParagraphs(long complaintId, Long versionId, List<String> numbers);

    /** The version a complaint's paragraphs are linked to, if they are. */
    Optional<Long> linkedVersion(long complaintId);

    /** Changes the working-day targets of one stage of a procedure. */
    void updateStageTargets(long procedureId, int stageNumber, Integer acknowledgeDays, Integer respondDays,
                            int maxExtensionDays);
}
