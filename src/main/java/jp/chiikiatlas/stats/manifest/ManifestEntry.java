package jp.chiikiatlas.stats.manifest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One dataset of {@code data/manifest.json}: the files it covers (a glob relative to the data
 * folder), the importer that reads them (null: known but not imported), and how to credit it.
 *
 * @param companions files read together with the main file (e.g. AreaID.csv), not imported on their own
 * @param object     for boundaries: the TopoJSON object to import
 * @param status     {@code alternate} (same data in another format) or {@code known-not-imported}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManifestEntry(String id, String files, List<String> companions, String importer, String object,
                            String status, String note, String titleJa, String titleEn, String publisher,
                            String licence, String credit) {

    public List<String> companionsOrEmpty() {
        return companions == null ? List.of() : companions;
    }
}
