package org.probity.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The UK nations whose bank holidays differ. */
public enum BankHolidayRegion {
    ENGLAND_AND_WALES("eng", "england-and-wales", "England and Wales"),
    SCOTLAND("sct", "scotland", "Scotland"),
    NORTHERN_IRELAND("nir", "northern-ireland", "Northern Ireland");

    private final String holidayCode;
    private final String optionName;
    private final String label;

    BankHolidayRegion(String holidayCode, String optionName, String label) {
        this.holidayCode = holidayCode;
        this.optionName = optionName;
        this.label = label;
    }

    /** The subdivision code used by the holiday library. */
    public String holidayCode() {
        return holidayCode;
    }

    /** The name used on the command line and in files, e.g. {@code england-and-wales}. */
    public String optionName() {
        return optionName;
    }

    public String label() {
        return label;
    }

    /** Accepts the option name, the label or the enum name, in any case. */
    public static Optional<BankHolidayRegion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.optionName.equals(wanted)
                || r.label.toLowerCase(Locale.ROOT).equals(wanted)
                || r.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
