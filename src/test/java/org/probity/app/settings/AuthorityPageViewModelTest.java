package org.probity.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;

class AuthorityPageViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    private final AppContext context = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "test");
    private final List<AuthorityProfile> saved = new ArrayList<>();
    private final AuthorityPageViewModel model =
            new AuthorityPageViewModel(context.people(), new ImmediateBackgroundTasks(), saved::add);

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void savesTheProfileWithItsTargets() {
        context.people().saveProfile(AuthorityProfile.withDefaults("Northshire County Council",
                BankHolidayRegion.ENGLAND_AND_WALES));
        model.load();
        assertThat(model.targetProperty("informationRequestDays").get()).isEqualTo("7");

        model.nameProperty().set("Northshire Council");
        model.regionProperty().set(BankHolidayRegion.SCOTLAND);
        model.targetProperty("membersEnquiryDays").set("3");
        model.save();

        AuthorityProfile profile = context.people().profile();
        assertThat(profile.name()).isEqualTo("Northshire Council");
        assertThat(profile.region()).isEqualTo(BankHolidayRegion.SCOTLAND);
        assertThat(profile.membersEnquiryDays()).isEqualTo(3);
        assertThat(model.statusProperty().get()).isEqualTo("Saved.");
        assertThat(saved).extracting(AuthorityProfile::name).containsExactly("Northshire Council");
    }

    @Test
    void aTargetOutOfRangeIsExplainedBesideItsFieldAndNothingIsSaved() {
        context.people().saveProfile(AuthorityProfile.withDefaults("Northshire County Council",
                BankHolidayRegion.ENGLAND_AND_WALES));
        model.load();
        model.targetProperty("complaintResponseDays").set("500");
        model.nameProperty().set("");
        model.save();

        assertThat(model.problemProperty("complaintResponseDays").get())
                .isEqualTo("The complaint response target must be between 1 and 120 working days.");
        assertThat(model.problemProperty("name").get()).isEqualTo("The authority's name is required.");
        assertThat(model.problemProperty("membersEnquiryDays").get()).isEmpty();
        assertThat(context.people().profile().complaintResponseDays()).isEqualTo(10);
        assertThat(saved).isEmpty();
    }

    @Test
    void aTargetThatIsNotANumberIsExplainedWithoutAskingTheService() {
        model.load();
        model.targetProperty("membersEnquiryDays").set("five");
        model.save();

        assertThat(model.problemProperty("membersEnquiryDays").get())
                .isEqualTo("Enter a whole number of working days, e.g. 5.");
        assertThat(context.people().isConfigured()).isFalse();
    }

    @Test
    void discardingPutsBackWhatWasSaved() {
        context.people().saveProfile(AuthorityProfile.withDefaults("Northshire County Council",
                BankHolidayRegion.ENGLAND_AND_WALES));
        model.load();
        model.nameProperty().set("Something else");
        model.revert();

        assertThat(model.nameProperty().get()).isEqualTo("Northshire County Council");
    }
}
