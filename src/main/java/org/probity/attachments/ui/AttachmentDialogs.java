package org.probity.attachments.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The questions the Attachments pane asks; the real ones are dialogs, tests answer them directly. */
public interface AttachmentDialogs {

    /** A file the user chose to attach, with an optional note about it. */
    record FileToAttach(Path file, String note) {
    }

    Optional<FileToAttach> chooseFileToAttach(Window owner, String limitText);

    Optional<Path> chooseWhereToSave(Window owner, String suggestedName);

    /** Asks to confirm a removal; the answer is the reason given, or empty if the user cancelled. */
    Optional<String> askRemovalReason(Window owner, String question);
}
