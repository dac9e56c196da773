package org.probity.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.RelationshipKind;

/** The wording of demo declarations: descriptions, the Monitoring Officer's reasons, actions and notes. */
final class DemoRegisterText {

    private DemoRegisterText() {
    }

    static final List<String> OTHER_KINDS = List.of("Former partner", "Godparent of their child",
            "Landlord and tenant", "Share a holiday home", "Members of the same small club committee");

    static final List<String> OTHER_DECISIONS = List.of("Second-hand reporting through the Deputy Monitoring Officer",
            "Declare at each meeting where the officer's reports are considered",
            "Independent person to be consulted before any related decision");

    static final List<String> ENDED_NOTES = List.of("The relationship has ended, as confirmed in writing.",
            "The business was sold and the partnership dissolved.", "The loan has been repaid in full.",
            "They have separated; confirmed at the annual re-confirmation.",
            "The officer moved to a post outside the member's portfolio and the conflict no longer arises.");

    static final List<String> WITHDRAWN_NOTES = List.of("Declared in error: the officer is a different person of"
            + " the same name.", "Withdrawn: the two were never in business together; the company was not formed.",
            "Duplicate of an earlier declaration.");

    private static final List<String> FAMILY = List.of("Siblings.", "Parent and adult child.", "Cousins who are"
            + " in regular contact.", "Brother-in-law.", "Aunt and nephew.", "Son-in-law.");
    private static final List<String> PARTNER = List.of("Married; they live together.", "Living together since"
            + " the start of the relationship.", "In a relationship; they do not live together.",
            "Engaged to be married.", "Civil partners.");
    private static final List<String> FRIENDS = List.of("Friends since school; their families holiday together.",
            "Close friends through the local running club.", "Godparent to each other's children.",
            "Former colleagues who remain close friends.");
    private static final List<String> BUSINESS = List.of("Co-directors of a small property company.",
            "Partners in a catering business run at weekends.", "One rents commercial premises from the other.",
            "Joint owners of a holiday let.");
    private static final List<String> FINANCIAL = List.of("A personal loan, being repaid monthly.",
            "Joint owners of a buy-to-let flat.", "One is guarantor of the other's mortgage.",
            "Shared investment in a friend's start-up.");
    private static final List<String> OTHER = List.of("Described in the written notification on file.",
            "See the letter of notification for details.");

    static String description(RelationshipKind kind, SplittableRandom random) {
        List<String> pool = switch (kind) {
            case FAMILY -> FAMILY;
            case PARTNER -> PARTNER;
            case CLOSE_FRIENDSHIP -> FRIENDS;
            case BUSINESS -> BUSINESS;
            case FINANCIAL -> FINANCIAL;
            case OTHER -> OTHER;
        };
        return pool.get(random.nextInt(pool.size()));
    }

    static String reasons(DecisionKind decision, SplittableRandom random) {
        List<String> pool = switch (decision) {
            case NO_ACTION -> List.of("Neither has any part in decisions affecting the other; the protocol is met by"
                    + " the declaration itself.", "Their work does not overlap; no action is needed beyond"
                    + " keeping the declaration on the register.");
            case NOTE_ON_FILE -> List.of("A note on the personnel file is enough while their roles do not overlap.",
                    "Low risk; noted so that any future change of role is checked against it.");
            case CHANGE_LINE_MANAGEMENT -> List.of("An officer must not manage someone they are closely related to;"
                    + " line management moves to another manager of the same grade.", "To protect both officers"
                    + " from any suggestion of favour in appraisal, pay or discipline.");
            case MEMBER_STEPS_BACK -> List.of("The member's portfolio covers the service the related officer leads;"
                    + " the member steps back from decisions in that area.", "The protocol says a member should not"
                    + " hold a special responsibility where someone they are close to is a senior officer.");
            case OFFICER_EXCLUDED -> List.of("The officer is to take no part in decisions, procurement or advice"
                    + " affecting the other person.", "Excluded from the relevant delegated decisions; another"
                    + " officer of the same tier will act instead.");
            case OTHER -> List.of("Agreed with both people as the proportionate way to manage the risk.",
                    "Discussed with the Chief Executive; recorded here with the reasons given in the letter.");
        };
        return pool.get(random.nextInt(pool.size()));
    }

    /** Each action as {what, who}; {a} and {b} are the two people, who is MO, HR, DIRECTOR or a name. */
    static List<String[]> actions(DecisionKind decision) {
        return switch (decision) {
            case NO_ACTION -> List.of();
            case NOTE_ON_FILE -> List.<String[]>of(new String[] {"Place a note on the personnel file of {b}", "HR"});
            case CHANGE_LINE_MANAGEMENT -> List.of(
                    new String[] {"Move the line management of {b} to another manager", "DIRECTOR"},
                    new String[] {"Confirm the new line management in writing to both", "HR"});
            case MEMBER_STEPS_BACK -> List.of(
                    new String[] {"Tell the Leader that {a} steps back from decisions in the area", "MO"},
                    new String[] {"Update the scheme of delegation for the portfolio", "MO"});
            case OFFICER_EXCLUDED -> List.<String[]>of(
                    new String[] {"Record the exclusion of {b} in the directorate's decision log", "DIRECTOR"});
            case OTHER -> List.<String[]>of(new String[] {"Write to both confirming the arrangement", "MO"});
        };
    }
}
