package org.probity.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void aNameIsTakenOutWholeWhateverItsCaseButNotFromInsideAnotherWord() {
        Redaction redaction = Redaction.of(List.of("Ann Lee"));
        assertThat(redaction.apply("Cllr ANN LEE met Joann Leeds; ann lee agreed."))
                .isEqualTo("Cllr [redacted: third party] met Joann Leeds; [redacted: third party] agreed.");
    }

    @Test
    void theLongerOfTwoOverlappingNamesGoesFirstSoNoPartIsLeft() {
        Redaction redaction = Redaction.of(List.of("Ann Lee", "Mary Ann Lee"));
        assertThat(redaction.apply("Letter from Mary Ann Lee")).isEqualTo("Letter from [redacted: third party]");
    }

    @Test
    void fileNamesGetAMarkThatCanBeAFileName() {
        assertThat(SafeFileName.of(Redaction.of(List.of("Sam Jones")).apply("Note: Sam Jones/visit?.pdf",
                "redacted third party"))).isEqualTo("Note_ redacted third party_visit_.pdf");
        assertThat(SafeFileName.of("..hidden")).isEqualTo("hidden");
        Set<String> taken = new java.util.HashSet<>();
        assertThat(List.of(SafeFileName.unique("a.pdf", taken), SafeFileName.unique("A.pdf", taken)))
                .containsExactly("a.pdf", "A (2).pdf");
    }

    @Test
    void onlyTheCandidatesThatOccurAreFoundEvenAmongMany() {
        List<String> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            candidates.add("Officer" + i + " Surname" + i);
        }
        candidates.add("Priya Natarajan");
        candidates.add("Natarajan Priya");
        candidates.add("reports.test");
        List<String> texts = List.of("Raised for priya natarajan by Officer12 Surname12.", "changed by reports.test");
        assertThat(Redaction.found(candidates, texts))
                .containsExactly("Officer12 Surname12", "Priya Natarajan", "reports.test");
    }
}
