package org.probity.reports.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.probity.common.ValidationException;
import org.probity.reports.Classification;
import org.probity.reports.CoverDetails;
import org.probity.reports.ExemptionParagraph;
import org.probity.reports.Narrative;
import org.probity.reports.RegisterExtractSource;
import org.probity.reports.ReviewChoice;
import org.probity.reports.ReportDraft;
import org.probity.reports.ReportFormat;
import org.probity.reports.ReportKind;
import org.probity.reports.ReportOptions;
import org.probity.reports.ReportService;
import org.probity.reports.document.ReportDocument;
import org.probity.ui.BackgroundTasks;

/**
 * The state of the Reports screen: which report, its cover, its narrative and options, the
 * rendered preview pages, and what is happening. Reports are made and rendered in the
 * background; the draft of the annual report is saved per year.
 */
public final class ReportsViewModel {

    /** Preview resolution: sharp enough to read at screen size without taking long to draw. */
    static final float PREVIEW_DPI = 72f;
    /** Print resolution of the page images sent to the printer. */
    static final float PRINT_DPI = 150f;

    private final ReportService reports;
    private final BackgroundTasks tasks;

    private final ObservableList<ReportChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ReportChoice> choice = new SimpleObjectProperty<>();
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    private final StringProperty committee = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> meetingDate = new SimpleObjectProperty<>();
    private final StringProperty reportOf = new SimpleStringProperty("");
    private final StringProperty authorName = new SimpleStringProperty("");
    private final StringProperty authorRole = new SimpleStringProperty("");
    private final StringProperty authorContact = new SimpleStringProperty("");
    private final StringProperty wards = new SimpleStringProperty("");
    private final BooleanProperty keyDecision = new SimpleBooleanProperty();
    private final ObjectProperty<Classification> classification = new SimpleObjectProperty<>(Classification.OPEN);
    private final ObjectProperty<ExemptionParagraph> exemption =
            new SimpleObjectProperty<>(ExemptionParagraph.INDIVIDUAL);
    private final BooleanProperty accessible = new SimpleBooleanProperty();
    private final IntegerProperty suppressBelow = new SimpleIntegerProperty();

    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty recommendations = new SimpleStringProperty("");
    private final StringProperty background = new SimpleStringProperty("");
    private final StringProperty financeComments = new SimpleStringProperty("");
    private final StringProperty legalComments = new SimpleStringProperty("");
    private final StringProperty backgroundPapers = new SimpleStringProperty("");

    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ReportsViewModel(ReportService reports, BackgroundTasks tasks) {
        this.reports = reports;
        this.tasks = tasks;
        choices.add(ReportChoice.annual("Annual report on the operation of the Member/Officer Protocol"));
        for (RegisterExtractSource source : reports.extracts()) {
            choices.add(ReportChoice.extract(source.kind(), "Register extract: " + source.title()));
        }
        choice.set(choices.get(0));
        year.set(reports.lastFullYear());
        from.set(LocalDate.of(reports.lastFullYear(), 1, 1));
        to.set(LocalDate.of(reports.lastFullYear(), 12, 31));
        CoverDetails cover = CoverDetails.standards();
        showCover(cover);
        // The narrative and cover belong to the report chosen: another report brings its own draft.
        choice.addListener((o, was, now) -> {
            if (now != null && now.hasDraft() && !now.equals(was)) {
                loadDraft();
            }
        });
    }

    /** Adds a report for each protocol review to the list, read in the background. */
    public void loadReviews() {
        tasks.run("Reading the protocol reviews", reports::reviewChoices, reviews -> {
            choices.removeIf(ReportChoice::isReview);
            for (ReviewChoice r : reviews) {
                choices.add(ReportChoice.review(r.id(), "Protocol review report: " + r.label()
                        + (r.inProgress() ? "" : " (finished)")));
            }
        }, failure -> problem.set("The protocol reviews could not be read: " + failure.getMessage()));
    }

    // Loading and saving the draft

    /**
     * Reads the saved draft of the chosen report (the annual report for the chosen year, or a protocol
     * review's report), or the usual narrative for a new one. Register extracts have no draft.
     */
    public void loadDraft() {
        ReportChoice c = choice.get();
        if (c == null || !c.hasDraft()) {
            return;
        }
        String what = draftName(c);
        int y = year.get();
        run("Reading the draft of " + what, () -> c.isReview() ? reports.reviewDraft(c.reviewId())
                : reports.annualDraft(y), draft -> {
            if (!c.equals(choice.get())) {
                return;
            }
            showCover(draft.cover());
            Narrative n = draft.narrative();
            purpose.set(nz(n.purpose()));
            recommendations.set(nz(n.recommendations()));
            background.set(nz(n.background()));
            financeComments.set(nz(n.financeComments()));
            legalComments.set(nz(n.legalComments()));
            backgroundPapers.set(nz(n.backgroundPapers()));
            classification.set(draft.options().classification());
            exemption.set(draft.options().exemption() == null ? ExemptionParagraph.INDIVIDUAL
                    : draft.options().exemption());
            suppressBelow.set(draft.options().suppressBelow());
            status.set(draft.savedAt() == null ? "A new draft of " + what + "."
                    : "The draft of " + what + " as last saved.");
        });
    }

    public void saveDraft() {
        ReportChoice c = choice.get();
        if (c == null || !c.hasDraft()) {
            return;
        }
        ReportDraft draft = new ReportDraft(null, c.isReview() ? ReportKind.PROTOCOL_REVIEW : ReportKind.ANNUAL,
                c.isReview() ? Long.toString(c.reviewId()) : Integer.toString(year.get()), cover(), narrative(),
                options(), null);
        String what = draftName(c);
        run("Saving the draft", () -> reports.saveDraft(draft), saved -> status.set("Draft of " + what + " saved."));
    }

    private String draftName(ReportChoice c) {
        return c.isReview() ? "the protocol review report" : "the annual report for " + year.get();
    }

    // Preview, files and print

    /** Makes the report and draws its pages for the preview. */
    public void preview() {
        ReportRequest request = request();
        run("Preparing the preview", () -> {
            byte[] pdf = ReportService.bytes(request.make(reports), ReportFormat.PDF);
            return pageImages(pdf, PREVIEW_DPI);
        }, images -> {
            pages.setAll(images);
            status.set("Preview of " + images.size() + (images.size() == 1 ? " page." : " pages."));
        });
    }

    public void save(Path file, ReportFormat format) {
        ReportRequest request = request();
        run("Saving the report", () -> reports.write(request.make(reports), format, file),
                written -> status.set("Saved " + written.getFileName() + " (" + format.label() + ")."));
    }

    /** Draws the pages for the printer in the background, then hands them to {@code printer} on the JavaFX thread. */
    public void printPages(java.util.function.Consumer<List<Image>> printer) {
        ReportRequest request = request();
        run("Preparing the pages to print", () -> pageImages(ReportService.bytes(request.make(reports),
                ReportFormat.PDF), PRINT_DPI), printer::accept);
    }

    /** A file name for the chosen report: "Annual report 2026 (open).pdf". */
    public String suggestedFileName(ReportFormat format) {
        ReportChoice c = choice.get();
        String base = c.isAnnual() ? "Annual report " + year.get() : c.isReview() ? "Protocol review report"
                : "Register extract " + c.extractKind();
        return base + " (" + classification.get().label().toLowerCase(java.util.Locale.UK)
                + (accessible.get() ? ", accessible" : "") + ")." + format.extension();
    }

    private record ReportRequest(ReportChoice choice, int year, LocalDate from, LocalDate to, CoverDetails cover,
                                 Narrative narrative, ReportOptions options) {
        ReportDocument make(ReportService reports) {
            if (choice.isReview()) {
                return reports.review(choice.reviewId(), cover, narrative, options);
            }
            return choice.isAnnual() ? reports.annual(year, cover, narrative, options)
                    : reports.extract(choice.extractKind(), from, to, cover, options);
        }
    }

    private ReportRequest request() {
        return new ReportRequest(choice.get(), year.get(), from.get(), to.get(), cover(), narrative(), options());
    }

    static List<Image> pageImages(byte[] pdf, float dpi) throws java.io.IOException {
        List<Image> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                int w = page.getWidth();
                int h = page.getHeight();
                int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
                WritableImage image = new WritableImage(w, h);
                image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
                images.add(image);
            }
        }
        return images;
    }

    private CoverDetails cover() {
        return new CoverDetails(committee.get(), meetingDate.get(), reportOf.get(), authorName.get(),
                authorRole.get(), authorContact.get(), wards.get(), keyDecision.get());
    }

    private Narrative narrative() {
        return new Narrative(purpose.get(), recommendations.get(), background.get(), financeComments.get(),
                legalComments.get(), backgroundPapers.get());
    }

    private ReportOptions options() {
        Classification c = classification.get();
        return new ReportOptions(c, c == Classification.EXEMPT ? exemption.get() : null, accessible.get(),
                suppressBelow.get());
    }

    private void showCover(CoverDetails cover) {
        committee.set(nz(cover.committee()));
        meetingDate.set(cover.meetingDate());
        reportOf.set(nz(cover.reportOf()));
        authorName.set(nz(cover.authorName()));
        authorRole.set(nz(cover.authorRole()));
        authorContact.set(nz(cover.authorContact()));
        wards.set(nz(cover.wards()));
        keyDecision.set(cover.keyDecision());
    }

    private <T> void run(String what, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        problem.set("");
        status.set(what + "\u2026");
        tasks.run(what, work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            status.set("");
            problem.set(failure instanceof ValidationException v ? v.getMessage()
                    : what + " failed: " + failure.getMessage());
        });
    }

    /** Shows a problem found by the screen itself, such as there being no printer. */
    public void tell(String message) {
        problem.set(message);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // Properties

    public ObservableList<ReportChoice> choices() {
        return choices;
    }

    public ObjectProperty<ReportChoice> choiceProperty() {
        return choice;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty committeeProperty() {
        return committee;
    }

    public ObjectProperty<LocalDate> meetingDateProperty() {
        return meetingDate;
    }

    public StringProperty reportOfProperty() {
        return reportOf;
    }

    public StringProperty authorNameProperty() {
        return authorName;
    }

    public StringProperty authorRoleProperty() {
        return authorRole;
    }

    public StringProperty authorContactProperty() {
        return authorContact;
    }

    public StringProperty wardsProperty() {
        return wards;
    }

    public BooleanProperty keyDecisionProperty() {
        return keyDecision;
    }

    public ObjectProperty<Classification> classificationProperty() {
        return classification;
    }

    public ObjectProperty<ExemptionParagraph> exemptionProperty() {
        return exemption;
    }

    public BooleanProperty accessibleProperty() {
        return accessible;
    }

    public IntegerProperty suppressBelowProperty() {
        return suppressBelow;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty recommendationsProperty() {
        return recommendations;
    }

    public StringProperty backgroundProperty() {
        return background;
    }

    public StringProperty financeCommentsProperty() {
        return financeComments;
    }

    public StringProperty legalCommentsProperty() {
        return legalComments;
    }

    public StringProperty backgroundPapersProperty() {
        return backgroundPapers;
    }

    public ObservableList<Image> pages() {
        return pages;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
