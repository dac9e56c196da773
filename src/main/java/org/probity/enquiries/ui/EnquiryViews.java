package org.probity.enquiries.ui;

/** The enquiries screens' own style sheet. */
final class EnquiryViews {

    private EnquiryViews() {
    }

    static void style(javafx.scene.Parent root) {
        root.getStylesheets().add(EnquiryViews.class.getResource("enquiries.css").toExternalForm());
        root.getStyleClass().add("enquiries-section");
    }
}
