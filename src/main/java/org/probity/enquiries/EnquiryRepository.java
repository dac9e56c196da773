package org.probity.enquiries;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where enquiries and their escalations are kept. */
public interface EnquiryRepository {

    /**
     * Stores a new enquiry under its own reference when it has one (an enquiry brought back from
     * an export), else under the next reference of the year it was received.
     */
    Enquiry insert(Enquiry enquiry);

    /**
     * Stores many enquiries, each already given its reference, target, due date and organisation,
     * in batches: for loading a large register at once. Nothing is checked or audited here.
     */
    void insertAll(List<Enquiry> enquiries);

    /** Replaces an enquiry's fields and escalations. */
    void update(Enquiry enquiry);

    void delete(long id);

    Optional<Enquiry> find(long id);

    Optional<Enquiry> find(EnquiryReference reference);

    /** Enquiries received from {@code from} to {@code to} inclusive, in reference order. */
    List<Enquiry> receivedBetween(LocalDate from, LocalDate to);

    List<Enquiry> fromMember(long memberId);

    /** Enquiries whose subject contains {@code text}, ignoring case, newest first, at most {@code limit}. */
    List<Enquiry> withSubjectContaining(String text, int limit);

    /** Enquiries still awaiting a reply whose expected date is on or before {@code until}. */
    List<Enquiry> awaitingReplyDueBy(LocalDate until);

    /** Enquiries still awaiting a reply, for recounting their targets when the calendar changes. */
    List<Enquiry> awaitingReply();

    /** Refusals not yet advised on by the Monitoring Officer. */
    List<Enquiry> refusalsAwaitingAdvice();

    /** Stores a new target due date, and the expected date too when no holding reply moved it. */
    void moveTargetDue(long id, LocalDate newDue);

    /** Every enquiry received from {@code from} to {@code to}, reduced to what the figures need, in one pass. */
    void forPerformance(LocalDate from, LocalDate to, Consumer<PerformanceRow> row);

    /** Per year received, from {@code from} to {@code to}: enquiries judged by {@code asOf} and within target. */
    List<YearOnTarget> onTargetByYear(LocalDate from, LocalDate to, LocalDate asOf);

    RefusalCounts refusals(LocalDate from, LocalDate to);

    int count();
}
