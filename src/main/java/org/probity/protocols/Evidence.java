package org.probity.protocols;

import java.util.List;

/** One register's figures for a review period, each line naming the protocol paragraphs it bears on. */
public record Evidence(String register, List<Line> lines) {

    public Evidence {
        lines = List.copyOf(lines);
    }

    /**
     * One figure: {@code label} says what is counted, {@code figure} the count or measure, and
     * {@code paragraphs} the protocol paragraphs it engages: paragraph numbers, or words of a
     * heading (such as "enquir") that the review turns into the numbers of the version reviewed.
     * {@code concern} marks a figure that points to trouble with those paragraphs.
     */
    public record Line(String label, String figure, List<String> paragraphs, boolean concern) {

        public Line {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
