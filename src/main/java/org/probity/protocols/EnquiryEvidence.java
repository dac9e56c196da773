package org.probity.protocols;

import java.time.LocalDate;
import java.util.List;
import org.probity.enquiries.EnquiryService;
import org.probity.enquiries.PerformanceFigures;

/** Members' enquiries received in the period and how many were answered within the target. */
public final class EnquiryEvidence implements ReviewEvidenceSource {

    private final EnquiryService enquiries;

    public EnquiryEvidence(EnquiryService enquiries) {
        this.enquiries = enquiries;
    }

    @Override
    public Evidence evidence(LocalDate from, LocalDate to) {
        PerformanceFigures f = enquiries.performance(from, to).overall();
        String within = f.percentWithinTarget().isPresent()
                ? String.format(java.util.Locale.UK, "%.0f%% of %d", f.percentWithinTarget().getAsDouble(),
                        f.judged())
                : "none judged yet";
        boolean concern = f.percentWithinTarget().isPresent() && f.percentWithinTarget().getAsDouble() < 80;
        return new Evidence("Members' enquiries", List.of(
                new Evidence.Line("Enquiries received", String.valueOf(f.count()), List.of("enquir"),
                        false),
                new Evidence.Line("Answered within the target", within, List.of("enquir"), concern),
                new Evidence.Line("Holding replies / escalations / refusals",
                        f.holdingReplies() + " / " + f.escalations() + " / " + f.refusals(),
                        List.of("enquir"), f.refusals() > 0)));
    }
}
