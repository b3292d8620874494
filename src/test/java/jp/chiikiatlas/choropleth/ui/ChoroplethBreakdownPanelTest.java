package jp.chiikiatlas.choropleth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import jp.chiikiatlas.choropleth.source.Breakdown;
import jp.chiikiatlas.testing.ImportedIndustry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 内訳 chooser (headless Monocle): shown for indicators by industry, hidden without slices. */
@ExtendWith(ApplicationExtension.class)
class ChoroplethBreakdownPanelTest {
    private ChoroplethViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = new ChoroplethViewModel(ImportedIndustry.cacheFile(), Platform::runLater);
        stage.setScene(new Scene(new ChoroplethPanel(vm), 460, 760));
        stage.show();
        vm.load().get(60, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private void settle() throws Exception {
        for (int i = 0; i < 2; i++) { // the slice's years, then its map
            WaitForAsyncUtils.waitForFxEvents();
            vm.idle().get(30, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pickingAnIndustryInTheChooserMapsIt(FxRobot robot) throws Exception {
        settle();
        robot.interact(() -> vm.select("value_added"));
        settle();
        @SuppressWarnings("unchecked")
        ComboBox<Breakdown> chooser = robot.lookup("#breakdown").queryAs(ComboBox.class);
        assertThat(chooser.getParent().isVisible()).isTrue();
        assertThat(chooser.getItems()).hasSize(17);

        robot.interact(() -> chooser.getSelectionModel().select(3));
        settle();
        assertThat(vm.breakdownProperty().get().label()).isEqualTo("製造業");
        assertThat(vm.legendTitleProperty().get()).contains("製造業");

        // every indicator of this table has a breakdown; one without hides the row
        robot.interact(() -> vm.breakdowns().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chooser.getParent().isVisible()).isFalse();
    }
}
