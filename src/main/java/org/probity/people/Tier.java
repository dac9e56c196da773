package org.probity.people;

/** Officer tiers: 1 Chief Executive, 2 Directors, 3 Heads of Service, 4 and below the rest. */
public final class Tier {

    public static final int CHIEF_EXECUTIVE = 1;
    public static final int DIRECTOR = 2;
    public static final int HEAD_OF_SERVICE = 3;
    public static final int LOWEST = 9;

    private Tier() {
    }

    /** Senior officers are those in the top three tiers. */
    public static boolean isSenior(int tier) {
        return tier >= CHIEF_EXECUTIVE && tier <= HEAD_OF_SERVICE;
    }

    public static String describe(int tier) {
        return switch (tier) {
            case CHIEF_EXECUTIVE -> "Tier 1 (Chief Executive)";
            case DIRECTOR -> "Tier 2 (Director)";
            case HEAD_OF_SERVICE -> "Tier 3 (Head of Service)";
            default -> "Tier " + tier;
        };
    }
}
