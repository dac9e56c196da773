package org.probity.reports;

import java.util.Optional;

/**
 * The paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972 under which an
 * exempt report is withheld from the public.
 */
public enum ExemptionParagraph {
    INDIVIDUAL(1, "information relating to any individual"),
    IDENTITY(2, "information which is likely to reveal the identity of an individual"),
    FINANCIAL(3, "information relating to the financial or business affairs of any particular person"),
    LABOUR_RELATIONS(4, "information relating to any consultations or negotiations in connection with any labour "
            + "relations matter"),
    LEGAL_PRIVILEGE(5, "information in respect of which a claim to legal professional privilege could be "
            + "maintained in legal proceedings"),
    NOTICE_OR_ORDER(6, "information which reveals that the authority proposes to give a notice or make an order "
            + "or direction"),
    CRIME(7, "information relating to any action taken or to be taken in connection with the prevention, "
            + "investigation or prosecution of crime");

    private final int number;
    private final String description;

    ExemptionParagraph(int number, String description) {
        this.number = number;
        this.description = description;
    }

    public int number() {
        return number;
    }

    public String description() {
        return description;
    }

    /** "Paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to any individual)". */
    public String citation() {
        return "paragraph " + number + " of Part 1 of Schedule 12A to the Local Government Act 1972 (" + description
                + ")";
    }

    public static Optional<ExemptionParagraph> of(int number) {
        for (ExemptionParagraph p : values()) {
            if (p.number == number) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Paragraph " + number + ": " + description;
    }
}
