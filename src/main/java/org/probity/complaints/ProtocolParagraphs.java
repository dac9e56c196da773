package org.probity.complaints;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The paragraphs a complaint may engage: those of the protocol version in force on the day it
 * was received. Supplied by the protocol library through the composition root, so the register
 * does not need the library to work (it keeps free-text paragraph numbers when none is held).
 */
@FunctionalInterface
public interface ProtocolParagraphs {

    /** When no protocol is held: paragraphs stay as typed. */
    ProtocolParagraphs NONE = day -> Optional.empty();

    /** The version in force on {@code day}, with its numbered paragraphs, or empty when there is none. */
    Optional<ParagraphVersion> inForceOn(LocalDate day);
}
