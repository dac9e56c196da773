package org.probity.protocols;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.probity.common.DueItem;
import org.probity.common.DueItemSource;

/**
 * Protocols on the Today dashboard: a version in force whose next review falls within
 * {@value #REVIEW_WARNING_DAYS} days (or has passed) with no review open, and consultation
 * responses still awaited.
 */
public final class ProtocolDueItems implements DueItemSource {

    public static final String SECTION_ID = "protocols";
    static final int REVIEW_WARNING_DAYS = 90;

    private final ProtocolService protocols;
    private final ReviewService reviews;

    public ProtocolDueItems(ProtocolService protocols, ReviewService reviews) {
        this.protocols = protocols;
        this.reviews = reviews;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today, LocalDate until) {
        List<DueItem> items = new ArrayList<>();
        LocalDate horizon = until.isAfter(today.plusDays(REVIEW_WARNING_DAYS)) ? until
                : today.plusDays(REVIEW_WARNING_DAYS);
        for (Protocol p : protocols.protocols()) {
            boolean reviewOpen = reviews.reviews(p.id()).stream().anyMatch(Review::inProgress);
            protocols.inForce(p.id()).ifPresent(v -> {
                if (!reviewOpen && v.nextReviewOn() != null && !v.nextReviewOn().isAfter(horizon)) {
                    items.add(new DueItem(ReviewService.REGISTER, v.nextReviewOn(), "Review due: " + p.title(),
                            v.label() + " in force", SECTION_ID, "protocol:" + p.id()));
                }
            });
        }
        for (Consultation c : reviews.outstandingConsultations()) {
            if (c.respondBy().isAfter(until)) {
                continue;
            }
            reviews.review(c.reviewId()).filter(Review::inProgress).ifPresent(r -> items.add(new DueItem(
                    ReviewService.REGISTER, c.respondBy(), "Consultation response awaited: "
                    + protocols.protocolTitle(r.protocolId()), c.name(), SECTION_ID, "review:" + r.id())));
        }
        return items;
    }
}
