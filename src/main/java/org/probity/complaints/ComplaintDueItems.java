package org.probity.complaints;

import java.time.LocalDate;
import java.util.List;
import org.probity.common.DueItem;
import org.probity.common.DueItemSource;

/**
 * The register of complaints on the Today dashboard: acknowledgements and responses due within
 * two working days, extensions about to expire, and anything overdue. Items name the reference,
 * the stage and its handler, never the complainant or the subject.
 */
public final class ComplaintDueItems implements DueItemSource {

    public static final String SECTION_ID = "complaints";

    private final ComplaintService complaints;

    public ComplaintDueItems(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today, LocalDate until) {
        return complaints.alerts(today).stream().map(this::toDueItem).toList();
    }

    private DueItem toDueItem(ComplaintAlert alert) {
        Complaint c = alert.complaint();
        ComplaintStage stage = c.currentStage().orElseThrow();
        String what = alert.kind().label() + ": " + c.reference() + " " + complaints.stageName(c, stage);
        String who = stage.handlerId() == null ? c.route().label() : complaints.officerName(stage.handlerId());
        return new DueItem(ComplaintService.REGISTER, alert.due(), what, who, SECTION_ID, String.valueOf(c.id()));
    }
}
