package jp.chiikiatlas.stats.importers.juki;

import java.nio.file.Path;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.FileDigest;

/** Publisher, licence and credit of the 住民基本台帳 tables (same as data/manifest.json). */
final class JukiSource {
    static final String PUBLISHER = "総務省";
    static final String SURVEY = "住民基本台帳に基づく人口、人口動態及び世帯数";
    static final String LICENCE = "政府標準利用規約 2.0 (CC BY 4.0 compatible)";
    static final String CREDIT = "出典：「住民基本台帳に基づく人口、人口動態及び世帯数」（総務省）";

    private JukiSource() {
    }

    static Dataset dataset(String id, String titleJa, String titleEn, String tableName, String referenceDate, Path file)
            throws DataFormatException {
        return new Dataset(id, titleJa, titleEn, PUBLISHER, SURVEY, tableName, referenceDate, LICENCE, CREDIT,
                file.getFileName().toString(), FileDigest.sha256(file));
    }
}
