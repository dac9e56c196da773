package org.probity.relationships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probity.calendar.CalendarService;
import org.probity.common.DueItem;
import org.probity.common.DueItemSource;

/**
 * The register's contribution to the Today dashboard: declarations still awaiting the
 * Monitoring Officer's decision ten working days after they were made, reviews coming up,
 * actions due, and conflict flags raised in the last fortnight.
 */
public final class RelationshipDueItems implements DueItemSource {

    public static final String REGISTER = "Relationships";
    public static final String SECTION_ID = "relationships";
    /** Working days the Monitoring Officer has to decide before a declaration shows as late. */
    public static final int DECISION_WORKING_DAYS = 10;
    /** Days a newly raised flag stays on the dashboard. */
    public static final int NEW_FLAG_DAYS = 14;

    private final DeclarationService register;
    private final CalendarService calendar;

    public RelationshipDueItems(DeclarationService register, CalendarService calendar) {
        this.register = register;
        this.calendar = calendar;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today, LocalDate until) {
        List<Declaration> all = register.declarations();
        Map<Long, Declaration> byId = all.stream().collect(Collectors.toMap(Declaration::id, Function.identity()));
        List<DueItem> items = new ArrayList<>();
        for (Declaration d : all) {
            if (!d.isActive()) {
                continue;
            }
            if (d.status() == DeclarationStatus.AWAITING_DECISION) {
                LocalDate due = calendar.due(d.declaredOn(), DECISION_WORKING_DAYS).due();
                if (!due.isAfter(until)) {
                    items.add(item(d, due, "Decision on " + d.reference() + " (" + d.kindDescription().toLowerCase(
                            java.util.Locale.UK) + "), declared " + org.probity.common.UkDates.display(
                            d.declaredOn())));
                }
            }
            if (d.reviewDate() != null && d.status() != DeclarationStatus.AWAITING_DECISION
                    && !d.reviewDate().isAfter(until)) {
                items.add(item(d, d.reviewDate(), "Review of " + d.reference() + " ("
                        + (d.decision() == null ? d.status().label() : d.decision().describe()) + ")"));
            }
            for (DeclarationAction action : d.actions()) {
                if (action.doneOn() == null && action.dueDate() != null && !action.dueDate().isAfter(until)) {
                    items.add(item(d, action.dueDate(), "Action on " + d.reference() + ": " + action.description()
                            + " (" + action.owner() + ")"));
                }
            }
        }
        LocalDate since = today.minusDays(NEW_FLAG_DAYS);
        for (ConflictFlag flag : register.openFlags()) {
            Declaration d = byId.get(flag.declarationId());
            if (d != null && !flag.raisedOn().isBefore(since) && !flag.raisedOn().isAfter(until)) {
                items.add(item(d, flag.raisedOn(), "New conflict flag on " + d.reference() + ": "
                        + flag.explanation()));
            }
        }
        items.sort(Comparator.comparing(DueItem::due).thenComparing(DueItem::what));
        return items;
    }

    private DueItem item(Declaration d, LocalDate due, String what) {
        return new DueItem(REGISTER, due, what, register.name(d.partyA()) + " and " + register.name(d.partyB()),
                SECTION_ID, String.valueOf(d.id()));
    }
}
