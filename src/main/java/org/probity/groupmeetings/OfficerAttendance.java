package org.probity.groupmeetings;

import java.time.LocalDate;

/**
 * An officer asked to attend, and their answer. {@code accompanied} says another officer who
 * is not on the request goes with them; two officers on the same request who both attend
 * accompany each other.
 */
public record OfficerAttendance(Long id, long officerId, OfficerResponse response, LocalDate respondedOn,
                                String writtenAdvice, boolean accompanied) {

    public OfficerAttendance {
        response = response == null ? OfficerResponse.AWAITING : response;
    }

    public static OfficerAttendance asked(long officerId) {
        return new OfficerAttendance(null, officerId, OfficerResponse.AWAITING, null, null, false);
    }

    public static OfficerAttendance attending(long officerId, LocalDate respondedOn, boolean accompanied) {
        return new OfficerAttendance(null, officerId, OfficerResponse.WILL_ATTEND, respondedOn, null, accompanied);
    }

    public static OfficerAttendance declined(long officerId, LocalDate respondedOn, String writtenAdvice) {
        return new OfficerAttendance(null, officerId, OfficerResponse.DECLINED_WITH_ADVICE, respondedOn,
                writtenAdvice, false);
    }

    public boolean attends() {
        return response == OfficerResponse.WILL_ATTEND;
    }
}
