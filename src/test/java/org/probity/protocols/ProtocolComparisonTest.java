package org.probity.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolComparisonTest {

    private static final String BRIEFING = "The other political groups may also have nominated portfolio leads and, "
            + "if those leads so request, the relevant officers will brief them.";
    private static final String AMENDED = "The other political groups may also have nominated Shadow Cabinet Members "
            + "and, if those members so request, the relevant officers will brief them.";

    private static String text(List<TextRun> runs, TextRun.Kind kind) {
        return String.join(" ", runs.stream().filter(r -> r.kind() == kind).map(TextRun::text).toList());
    }

    @Test
    void aRewordedParagraphShowsOnlyTheWordsThatChanged() {
        List<ParagraphChange> changes = ProtocolComparison.compare(
                List.of(Paragraph.body("8.2.2", 3, BRIEFING)), List.of(Paragraph.body("8.2.2", 3, AMENDED)));

        assertThat(changes).hasSize(1);
        ParagraphChange c = changes.get(0);
        assertThat(c.kind()).isEqualTo(ParagraphChange.Kind.CHANGED);
        assertThat(c.oldNumber()).isEqualTo("8.2.2");
        assertThat(text(c.runs(), TextRun.Kind.DELETED).split("\\s+")).containsExactly("portfolio", "leads", "leads");
        assertThat(text(c.runs(), TextRun.Kind.INSERTED).split("\\s+"))
                .containsExactly("Shadow", "Cabinet", "Members", "members");
        assertThat(text(c.runs(), TextRun.Kind.SAME)).contains("The other political groups may also have nominated")
                .contains("will brief them.");
        // old text = same + deleted runs in order; new text = same + inserted runs in order
        String old = c.runs().stream().filter(r -> r.kind() != TextRun.Kind.INSERTED).map(TextRun::text)
                .reduce("", String::concat);
        String now = c.runs().stream().filter(r -> r.kind() != TextRun.Kind.DELETED).map(TextRun::text)
                .reduce("", String::concat);
        assertThat(old.replaceAll("\\s+", " ").strip()).isEqualTo(BRIEFING);
        assertThat(now.replaceAll("\\s+", " ").strip()).isEqualTo(AMENDED);
    }

    @Test
    void aRenumberedUnchangedParagraphShowsAsMovedNotChanged() {
        List<Paragraph> before = List.of(
                Paragraph.body("3.1", 2, "Members and officers treat each other with courtesy."),
                Paragraph.body("3.2", 2, "Officers do not raise personal matters with members."));
        List<Paragraph> after = List.of(
                Paragraph.body("3.1", 2, "Members and officers treat each other with courtesy."),
                Paragraph.body("3.2", 2, "Members do not press officers to act outside their normal duties or hours."),
                Paragraph.body("3.3", 2, "Officers do not raise personal matters with members."));

        List<ParagraphChange> changes = ProtocolComparison.compare(before, after);

        assertThat(changes).extracting(ParagraphChange::kind, ParagraphChange::oldNumber, ParagraphChange::newNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ParagraphChange.Kind.UNCHANGED, "3.1", "3.1"),
                        org.assertj.core.groups.Tuple.tuple(ParagraphChange.Kind.ADDED, "", "3.2"),
                        org.assertj.core.groups.Tuple.tuple(ParagraphChange.Kind.MOVED, "3.2", "3.3"));
        assertThat(changes.get(2).hasWordChanges()).isFalse();
    }

    @Test
    void aParagraphTakenOutShowsWhereItWasStruckThrough() {
        List<Paragraph> before = List.of(Paragraph.body("1.1", 2, "First."),
                Paragraph.body("1.2", 2, "A rule the review found nobody uses any more."),
                Paragraph.body("1.3", 2, "Last paragraph of the section."));
        List<Paragraph> after = List.of(Paragraph.body("1.1", 2, "First."),
                Paragraph.body("1.2", 2, "Last paragraph of the section."));

        List<ParagraphChange> changes = ProtocolComparison.compare(before, after);

        assertThat(changes).extracting(ParagraphChange::kind).containsExactly(ParagraphChange.Kind.UNCHANGED,
                ParagraphChange.Kind.DELETED, ParagraphChange.Kind.MOVED);
        assertThat(changes.get(1).runs()).containsExactly(
                TextRun.deleted("A rule the review found nobody uses any more."));
    }

    @Test
    void similarityIsOneForTheSameWordsAndZeroForNoneInCommon() {
        assertThat(ProtocolComparison.similarity("a b c", "a  b c")).isEqualTo(1.0);
        assertThat(ProtocolComparison.similarity("a b c", "x y z")).isEqualTo(0.0);
    }
}
