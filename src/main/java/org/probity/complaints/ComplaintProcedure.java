package org.probity.complaints;

import java.util.List;
import java.util.Optional;

/** A procedure a complaint follows: its stages in order, each with its working-day targets. */
public record ComplaintProcedure(Long id, String code, String name, List<StageTemplate> stages) {

    public static final String PROTOCOL = "PROTOCOL";
    public static final String CODE_OF_CONDUCT = "CODE_OF_CONDUCT";
    /**
     * Stage 1 of the protocol procedure, whose targets are the authority's complaint targets
     * (Settings, Authority) rather than the template's, so that one setting governs them.
     */
    public static final int PROTOCOL_STAGE_ONE = 2;

    public ComplaintProcedure {
        stages = List.copyOf(stages);
    }

    public Optional<StageTemplate> stage(int number) {
        return stages.stream().filter(s -> s.number() == number).findFirst();
    }

    public boolean isLast(int number) {
        return stages.stream().noneMatch(s -> s.number() > number);
    }

    @Override
    public String toString() {
        return name;
    }
}
