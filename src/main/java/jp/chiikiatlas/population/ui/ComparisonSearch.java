package jp.chiikiatlas.population.ui;

import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.map.RegionSearch;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The panel's search field: a region found by name (「札幌」) or code (「01100」) joins the comparison
 * without touching the map's selection. Suggestions read like the map's search.
 */
final class ComparisonSearch {
    private ComparisonSearch() {
    }

    static TextField field(PopulationViewModel model) {
        TextField field = new TextField();
        field.setId("compare-search");
        field.setPromptText("比較する地域を検索（名前・コード）");
        field.disableProperty().bind(model.comparisonFullProperty());
        AutoCompletionBinding<Region> completion = TextFields.bindAutoCompletion(field,
                request -> model.suggestions(request.getUserText()), new StringConverter<>() {
                    @Override
                    public String toString(Region region) {
                        return region == null ? "" : RegionSearch.describe(region);
                    }

                    @Override
                    public Region fromString(String text) {
                        return null;
                    }
                });
        completion.setVisibleRowCount(10);
        completion.setPrefWidth(420);
        completion.setOnAutoCompleted(e -> {
            model.pin(e.getCompletion().code());
            field.clear();
        });
        field.setOnAction(e -> {
            if (model.pinBest(field.getText()).isPresent()) {
                field.clear();
            }
        });
        return field;
    }
}
