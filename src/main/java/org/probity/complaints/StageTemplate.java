package org.probity.complaints;

/**
 * One stage of a procedure. Targets are in working days from the day the stage starts;
 * {@code null} means the stage has no such target. A stage allows at most one extension, of
 * at most {@code maxExtensionDays} (none when 0). {@code differentHandler}: the stage must be
 * handled by someone who handled no earlier stage. {@code independentPerson}: the Independent
 * Person is consulted at this stage.
 */
public record StageTemplate(int number, String name, Integer acknowledgeDays, Integer respondDays,
                            int maxExtensionDays, boolean differentHandler, boolean independentPerson) {

    public StageTemplate withTargets(Integer acknowledge, Integer respond) {
        return new StageTemplate(number, name, acknowledge, respond, maxExtensionDays, differentHandler,
                independentPerson);
    }

    public boolean allowsExtension() {
        return maxExtensionDays > 0 && respondDays != null;
    }

    /** "acknowledge within 5, respond within 10 working days". */
    public String targets() {
        StringBuilder s = new StringBuilder();
        if (acknowledgeDays != null) {
            s.append("acknowledge within ").append(acknowledgeDays);
        }
        if (respondDays != null) {
            s.append(s.length() == 0 ? "respond within " : ", respond within ").append(respondDays);
        }
        return s.length() == 0 ? "no working-day target" : s.append(" working days").toString();
    }
}
