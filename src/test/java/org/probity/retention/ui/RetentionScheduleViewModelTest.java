package org.probity.retention.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.retention.DisposalAction;
import org.probity.retention.RetainedRegister;
import org.probity.retention.RetentionRule;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;

class RetentionScheduleViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    @Test
    void choosingARegisterShowsItsRuleAndSavingChangesTheSchedule() {
        try (AppContext app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "mo")) {
            RetentionScheduleViewModel model = new RetentionScheduleViewModel(app.retention(),
                    new ImmediateBackgroundTasks());
            model.refresh();
            assertThat(model.rules()).extracting(RetentionRule::describe).containsExactly(
                    "6 years after closed (final decision), then anonymise",
                    "6 years after relationship ended, then delete",
                    "2 years after closed (answered or refused), then delete",
                    "6 years after meeting date, then anonymise");
            assertThat(model.mayChangeProperty().get()).isTrue();

            model.selectedProperty().set(model.rules().get(2));
            assertThat(model.yearsProperty().get()).isEqualTo("2");
            assertThat(model.actionProperty().get()).isEqualTo(DisposalAction.DELETE);
            assertThat(model.noteProperty().get()).contains("Records Management Society");

            model.yearsProperty().set("two");
            model.save();
            assertThat(model.failedProperty().get()).isTrue();
            assertThat(model.statusProperty().get()).startsWith("Give the period as whole numbers");

            model.yearsProperty().set("3");
            model.monthsProperty().set("0");
            model.actionProperty().set(DisposalAction.ANONYMISE);
            model.save();

            assertThat(model.failedProperty().get()).isFalse();
            assertThat(model.statusProperty().get())
                    .isEqualTo("Members' enquiries: kept 3 years after closed (answered or refused), then anonymise.");
            assertThat(app.retention().rule(RetainedRegister.ENQUIRIES).years()).isEqualTo(3);
            assertThat(model.selectedProperty().get().register()).isEqualTo(RetainedRegister.ENQUIRIES);

            model.yearsProperty().set("0");
            model.save();
            assertThat(model.statusProperty().get()).contains("at least one month");
        }
    }
}
