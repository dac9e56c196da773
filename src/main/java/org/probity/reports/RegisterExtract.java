package org.probity.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.probity.common.UkDates;
import org.probity.reports.document.Block;
import org.probity.reports.document.Cover;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.document.ReportSection;

/** A register, filtered by dates, as a printable report: a short cover and one table. */
public final class RegisterExtract {

    private RegisterExtract() {
    }

    public static String title(RegisterExtractSource source, LocalDate from, LocalDate to) {
        return source.title() + ": " + period(from, to);
    }

    static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "all entries";
        }
        if (from == null) {
            return "entries to " + UkDates.display(to);
        }
        if (to == null) {
            return "entries from " + UkDates.display(from);
        }
        return UkDates.display(from) + " to " + UkDates.display(to);
    }

    public static ReportDocument build(String authority, RegisterExtractSource source, LocalDate from,
                                       LocalDate to, CoverDetails cover, Disclosure disclosure, LocalDate today) {
        ReportOptions options = disclosure.options();
        Block.Table table = source.table(from, to, disclosure);
        String title = title(source, from, to);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("1.1", List.of(org.probity.reports.document.Run.plain("This extract lists " + disclosure.count(table.rows().size()) + " entries (" + period(from, to) + "), as the "
                + "register stood on " + UkDates.display(today) + "."
                + (options.isOpen() ? " People are described by their role and free-text details are left out, "
                + "as the extract is open to the public." : "")))));
        blocks.add(table);
        List<Cover.Item> items = new ArrayList<>(AnnualReport.cover(title, cover, options).items());
        return new ReportDocument(title, authority, AnnualReport.marking(options), !options.isOpen(),
                new Cover(items), List.of(new ReportSection("1", "Extract", blocks)), AnnualReport.author(cover),
                false);
    }
}
