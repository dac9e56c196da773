package org.probity.app.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.app.Workspace;
import org.probity.common.DueItem;
import org.probity.common.DueItemSource;
import org.probity.people.AuthorityProfile;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.SpecialResponsibility;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;
import org.probity.ui.ThemeSetting;

class TodayViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final AppContext context = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "test");
    private final List<String> opened = new ArrayList<>();
    private final Workspace workspace = new Workspace() {
        @Override
        public void open(String sectionId, String recordId) {
            opened.add(sectionId + "/" + recordId);
        }

        @Override
        public ObjectProperty<ThemeSetting> themeProperty() {
            return new SimpleObjectProperty<>(ThemeSetting.LIGHT);
        }

        @Override
        public void profileSaved(AuthorityProfile profile) {
        }
    };

    @AfterEach
    void close() {
        context.close();
    }

    private TodayViewModel model(List<DueItemSource> sources) {
        return new TodayViewModel(sources, context.people(), CLOCK, new ImmediateBackgroundTasks(), workspace);
    }

    @Test
    void listsPeopleWhoseRolesTermsOrJobsEndWithinTheHorizon() {
        Member jane = context.people().saveMember(new Member(null, "Cllr", "Jane", "Smith", MemberKind.ELECTED,
                LocalDate.of(2022, 5, 5), null, null, List.of(), List.of(),
                List.of(new SpecialResponsibility("Cabinet Member for Housing", null, LocalDate.of(2023, 5, 1),
                        TODAY.plusDays(5)))));
        Officer sam = context.people().saveOfficer(new Officer(null, "E1", "Sam", "Jones", "Head of Legal", null,
                null, 3, null, false, null, LocalDate.of(2020, 1, 6), TODAY.plusDays(20), null));
        context.people().saveOfficer(new Officer(null, "E2", "Ada", "Brown", "Planner", null, null, 4, null, false,
                null, LocalDate.of(2020, 1, 6), TODAY.plusDays(45), null));

        TodayViewModel model = model(context.dueItemSources());
        model.refresh();

        assertThat(model.groups()).hasSize(1);
        TodayViewModel.Group people = model.groups().get(0);
        assertThat(people.register()).isEqualTo("People");
        assertThat(people.items()).extracting(DueItem::who, DueItem::what, i -> i.whenSeenFrom(TODAY))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Cllr Jane Smith", "Cabinet Member for Housing ends",
                                "in 5 days"),
                        org.assertj.core.groups.Tuple.tuple("Sam Jones", "Leaves post as Head of Legal",
                                "in 20 days"));
        assertThat(model.memberCountProperty().get()).isEqualTo(1);
        assertThat(model.officerCountProperty().get()).isEqualTo(2);
        assertThat(model.dueCountProperty().get()).isEqualTo(2);

        model.horizonDaysProperty().set(60);

        assertThat(model.groups().get(0).items()).extracting(DueItem::who).contains("Ada Brown");

        model.open(people.items().get(0));
        model.open(people.items().get(1));
        assertThat(opened).containsExactly("members/" + jane.id(), "officers/" + sam.id());
    }

    @Test
    void groupsItemsByRegisterAndCountsTheOverdue() {
        DueItemSource enquiries = (today, until) -> List.of(
                new DueItem("Members' enquiries", today.minusDays(3), "Reply due", "Cllr Khan", "enquiries", "ENQ-1"),
                new DueItem("Members' enquiries", today.plusDays(2), "Reply due", "Cllr Lee", "enquiries", "ENQ-2"));
        TodayViewModel model = model(List.of(enquiries));
        model.refresh();

        assertThat(model.groups()).extracting(TodayViewModel.Group::register).containsExactly("Members' enquiries");
        assertThat(model.overdueCountProperty().get()).isEqualTo(1);
        assertThat(model.dueCountProperty().get()).isEqualTo(1);
        assertThat(model.groups().get(0).items().get(0).whenSeenFrom(TODAY)).isEqualTo("3 days overdue");
    }

    @Test
    void saysWhenNothingIsDue() {
        TodayViewModel model = model(context.dueItemSources());
        model.refresh();

        assertThat(model.groups()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Nothing is due or overdue in the next 30 days.");
    }
}
