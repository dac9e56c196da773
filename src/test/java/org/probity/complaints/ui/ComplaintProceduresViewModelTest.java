package org.probity.complaints.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.complaints.ComplaintCouncil;
import org.probity.complaints.ComplaintProcedure;
import org.probity.complaints.ui.ComplaintProceduresViewModel.StageRow;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;

class ComplaintProceduresViewModelTest {

    private ComplaintCouncil council;
    private ComplaintProceduresViewModel page;

    @BeforeEach
    void open() {
        council = new ComplaintCouncil(new TestDatabases.Kind("H2", TestDatabases::h2), LocalDate.of(2026, 11, 23));
        page = new ComplaintProceduresViewModel(council.complaints, new ImmediateBackgroundTasks());
        page.load();
    }

    @AfterEach
    void close() {
        council.close();
    }

    private StageRow row(String procedure, int stage) {
        return page.rows().stream().filter(r -> r.procedureCode().equals(procedure) && r.stage().number() == stage)
                .findFirst().orElseThrow();
    }

    @Test
    void everyStageIsListedAndAChosenStagesTargetsAreSavedForStagesStartedLater() {
        assertThat(page.rows()).hasSize(9);
        assertThat(row(ComplaintProcedure.PROTOCOL, ComplaintProcedure.PROTOCOL_STAGE_ONE).respond())
                .isEqualTo("Settings, Authority");

        page.selectedProperty().set(row(ComplaintProcedure.CODE_OF_CONDUCT, 3));
        assertThat(page.respondDaysProperty().get()).isEqualTo("60");
        assertThat(page.maxExtensionDaysProperty().get()).isEqualTo("20");
        page.respondDaysProperty().set("45");
        page.save();

        assertThat(page.messageProperty().get()).isEqualTo("Saved: Code-of-conduct complaint, Investigation now "
                + "respond within 45 working days. Stages already started keep their dates.");
        assertThat(row(ComplaintProcedure.CODE_OF_CONDUCT, 3).respond()).isEqualTo("45");
        assertThat(council.complaints.procedure(ComplaintProcedure.CODE_OF_CONDUCT).stage(3).orElseThrow()
                .respondDays()).isEqualTo(45);
    }

    @Test
    void aTargetThatIsNotAWholeNumberOrTooLongIsRefusedWithWhatToDo() {
        page.selectedProperty().set(row(ComplaintProcedure.CODE_OF_CONDUCT, 3));
        page.respondDaysProperty().set("six weeks");
        page.save();
        assertThat(page.problemProperty().get()).startsWith("Targets are whole numbers of working days");

        page.respondDaysProperty().set("400");
        page.save();
        assertThat(page.problemProperty().get()).isEqualTo("The response target must be between 1 and 250 working "
                + "days (it was 400).");
        assertThat(council.complaints.procedure(ComplaintProcedure.CODE_OF_CONDUCT).stage(3).orElseThrow()
                .respondDays()).isEqualTo(60);
    }
}
