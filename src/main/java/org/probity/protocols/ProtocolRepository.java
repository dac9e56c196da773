package org.probity.protocols;

import java.util.List;
import java.util.Optional;

/** Storage of protocols, versions with their paragraphs, and reviews with their logs. */
public interface ProtocolRepository {

    List<Protocol> protocols();

    Optional<Protocol> protocol(long id);

    Protocol insert(Protocol protocol);

    void update(Protocol protocol);

    List<ProtocolVersion> versions(long protocolId);

    List<ProtocolVersion> allVersions();

    Optional<ProtocolVersion> version(long id);

    int nextVersionNumber(long protocolId);

    ProtocolVersion insert(ProtocolVersion version);

    void update(ProtocolVersion version);

    List<Paragraph> paragraphs(long versionId);

    void replaceParagraphs(long versionId, List<Paragraph> paragraphs);

    List<Review> reviews(long protocolId);

    List<Review> allReviews();

    Optional<Review> review(long id);

    Review insert(Review review);

    void update(Review review);

    List<Amendment> amendments(long reviewId);

    Amendment insert(Amendment amendment);

    List<Consultation> consultations(long reviewId);

    List<Consultation> outstandingConsultations();

    Optional<Consultation> consultation(long id);

    Consultation insert(Consultation consultation);

    void update(Consultation consultation);

    List<ApprovalStep> steps(long reviewId);

    Optional<ApprovalStep> step(long id);

    ApprovalStep insert(ApprovalStep step);

    void update(ApprovalStep step);

    int reviewIntervalMonths();

    void saveReviewIntervalMonths(int months);
}
