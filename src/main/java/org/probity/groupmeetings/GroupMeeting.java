package org.probity.groupmeetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A group's request for an officer at its meeting or briefing, with the controls the
 * protocols require, each with its date: the Chief Executive's authorisation, the officer's
 * report to the Monitoring Officer, the notice to each other group and the same briefing
 * offered to each of them. The meeting is either at {@code place} or {@code online} (or both).
 */
public record GroupMeeting(Long id, MeetingReference reference, long groupId, long requestedByMemberId,
                           RequesterRole requesterRole, LocalDate requestedOn, MeetingKind kind,
                           LocalDate meetingDate, LocalTime startTime, String place, boolean online, String subject,
                           boolean nonMembersPresent, boolean crossParty, LocalDate authorisationRequestedOn,
                           LocalDate authorisationGivenOn, LocalDate moNotifiedOn, Long moNotifiedByOfficerId,
                           LocalDate cancelledOn, String notes, List<OfficerAttendance> officers,
                           List<GroupNotification> notifications, List<ParityOffer> offers) {

    public GroupMeeting {
        officers = officers == null ? List.of() : List.copyOf(officers);
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    /** A new request, its controls not yet done. */
    public static GroupMeeting requested(long groupId, long requestedByMemberId, RequesterRole role,
                                         LocalDate requestedOn, MeetingKind kind, LocalDate meetingDate,
                                         LocalTime startTime, String place, boolean online, String subject,
                                         List<OfficerAttendance> officers) {
        return new GroupMeeting(null, null, groupId, requestedByMemberId, role, requestedOn, kind, meetingDate,
                startTime, place, online, subject, false, false, null, null, null, null, null, null, officers,
                List.of(), List.of());
    }

    public boolean isCancelled() {
        return cancelledOn != null;
    }

    public List<OfficerAttendance> attendingOfficers() {
        return officers.stream().filter(OfficerAttendance::attends).toList();
    }

    /** Whether any officer attends (or attended): only then are the Monitoring Officer and the other groups told. */
    public boolean hasAttendance() {
        return !isCancelled() && officers.stream().anyMatch(OfficerAttendance::attends);
    }

    /** The officer who would attend alone: the only one attending, with no other officer going with them. */
    public Optional<OfficerAttendance> officerAlone() {
        List<OfficerAttendance> attending = attendingOfficers();
        return attending.size() == 1 && !attending.get(0).accompanied() ? Optional.of(attending.get(0))
                : Optional.empty();
    }

    /** A meeting with another body's elected representatives that is not cross-party (002 para 9.2). */
    public boolean needsAuthorisation() {
        return kind == MeetingKind.OTHER_BODY && !crossParty;
    }

    public boolean authorisationMissing() {
        return needsAuthorisation() && authorisationGivenOn == null;
    }

    public Optional<GroupNotification> notification(long otherGroupId) {
        return notifications.stream().filter(n -> n.groupId() == otherGroupId).findFirst();
    }

    public Optional<ParityOffer> offer(long otherGroupId) {
        return offers.stream().filter(o -> o.groupId() == otherGroupId).findFirst();
    }

    /** Where the meeting is held, as notices and lists say it: "Room 2", "Online" or "Room 2 and online". */
    public String where() {
        String at = place == null || place.isBlank() ? "" : place.trim();
        if (online) {
            return at.isEmpty() ? "Online" : at + " and online";
        }
        return at;
    }

    public GroupMeeting withIdentity(long newId, MeetingReference newReference) {
        return new GroupMeeting(newId, newReference, groupId, requestedByMemberId, requesterRole, requestedOn, kind,
                meetingDate, startTime, place, online, subject, nonMembersPresent, crossParty,
                authorisationRequestedOn, authorisationGivenOn, moNotifiedOn, moNotifiedByOfficerId, cancelledOn,
                notes, officers, notifications, offers);
    }

    public GroupMeeting withCircumstances(boolean newNonMembersPresent, boolean newCrossParty) {
        return new GroupMeeting(id, reference, groupId, requestedByMemberId, requesterRole, requestedOn, kind,
                meetingDate, startTime, place, online, subject, newNonMembersPresent, newCrossParty,
                authorisationRequestedOn, authorisationGivenOn, moNotifiedOn, moNotifiedByOfficerId, cancelledOn,
                notes, officers, notifications, offers);
    }

    public GroupMeeting withAuthorisation(LocalDate requested, LocalDate given) {
        return new GroupMeeting(id, reference, groupId, requestedByMemberId, requesterRole, requestedOn, kind,
                meetingDate, startTime, place, online, subject, nonMembersPresent, crossParty, requested, given,
                moNotifiedOn, moNotifiedByOfficerId, cancelledOn, notes, officers, notifications, offers);
    }

    public GroupMeeting withMoNotified(LocalDate on, Long byOfficerId) {
        return new GroupMeeting(id, reference, groupId, requestedByMemberId, requesterRole, requestedOn, kind,
                meetingDate, startTime, place, online, subject, nonMembersPresent, crossParty,
                authorisationRequestedOn, authorisationGivenOn, on, byOfficerId, cancelledOn, notes, officers,
                notifications, offers);
    }

    public GroupMeeting withCancelled(LocalDate on) {
        return new GroupMeeting(id, reference, groupId, requestedByMemberId, requesterRole, requestedOn, kind,
                meetingDate, startTime, place, online, subject, nonMembersPresent, crossParty,
                authorisationRequestedOn, authorisationGivenOn, moNotifiedOn, moNotifiedByOfficerId, on, notes,
                officers, notifications, offers);
    }

    public GroupMeeting withNotes(String newNotes) {
        return new GroupMeeting(id, reference, groupId, requestedByMemberId, requesterRole, requestedOn, kind,
                meetingDate, startTime, place, online, subject, nonMembersPresent, crossParty,
                authorisationRequestedOn, authorisationGivenOn, moNotifiedOn, moNotifiedByOfficerId, cancelledOn,
                newNotes, officers, notifications, offers);
    }

    public GroupMeeting withOfficers(List<OfficerAttendance> newOfficers) {
        return new GroupMeeting(id, reference, groupId, requestedByMemberId, requesterRole, requestedOn, kind,
                meetingDate, startTime, place, online, subject, nonMembersPresent, crossParty,
                authorisationRequestedOn, authorisationGivenOn, moNotifiedOn, moNotifiedByOfficerId, cancelledOn,
                notes, newOfficers, notifications, offers);
    }

    public GroupMeeting withNotifications(List<GroupNotification> newNotifications) {
        return new GroupMeeting(id, reference, groupId, requestedByMemberId, requesterRole, requestedOn, kind,
                meetingDate, startTime, place, online, subject, nonMembersPresent, crossParty,
                authorisationRequestedOn, authorisationGivenOn, moNotifiedOn, moNotifiedByOfficerId, cancelledOn,
                notes, officers, newNotifications, offers);
    }

    public GroupMeeting withOffers(List<ParityOffer> newOffers) {
        return new GroupMeeting(id, reference, groupId, requestedByMemberId, requesterRole, requestedOn, kind,
                meetingDate, startTime, place, online, subject, nonMembersPresent, crossParty,
                authorisationRequestedOn, authorisationGivenOn, moNotifiedOn, moNotifiedByOfficerId, cancelledOn,
                notes, officers, notifications, newOffers);
    }
}
