package org.probity.reports;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintService;
import org.probity.reports.annual.ComplaintsContribution;
import org.probity.reports.document.Block;

/** The complaints case log, by date received: the whole of it, where the annual report prints the latest. */
public final class ComplaintsExtract implements RegisterExtractSource {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private final ComplaintService register;

    public ComplaintsExtract(ComplaintService register) {
        this.register = register;
    }

    @Override
    public String kind() {
        return "complaints";
    }

    @Override
    public String title() {
        return "Case log of complaints between members and officers";
    }

    @Override
    public Block.Table table(LocalDate from, LocalDate to, Disclosure d) {
        LocalDate start = from == null ? FIRST : from;
        LocalDate end = to == null ? LAST : to;
        Map<Long, Complaint> complaints = register.receivedBetween(start, end).stream()
                .collect(Collectors.toMap(Complaint::id, Function.identity()));
        return ComplaintsContribution.caseLog(title(), register.caseLog(start, end), complaints, d);
    }
}
