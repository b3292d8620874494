package jp.chiikiatlas.stats.importers.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.chiikiatlas.stats.DataFormatException;

/**
 * {@code AreaID.csv} of the regional input–output data set: {@code AreaID,AreaName} in the same row
 * order as its data files. Used to name a data row whose own id cell is blank.
 */
public final class AreaIdTable {
    public record Area(String code, String name) {
    }

    private final List<Area> areas;

    private AreaIdTable(List<Area> areas) {
        this.areas = areas;
    }

    /** The table next to {@code dataFile}, if there is one. */
    public static Optional<AreaIdTable> besides(Path dataFile) throws DataFormatException {
        Path p = dataFile.resolveSibling("AreaID.csv");
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        CsvFile csv = CsvFile.read(p, StandardCharsets.UTF_8);
        CsvHeader header = new CsvHeader(csv, csv.rows().get(0));
        int id = header.require("AreaID");
        int name = header.require("AreaName");
        List<Area> areas = new ArrayList<>();
        for (CsvRow r : csv.rows().subList(1, csv.rows().size())) {
            if (!r.isBlank()) {
                areas.add(new Area(r.get(id), r.get(name)));
            }
        }
        return Optional.of(new AreaIdTable(areas));
    }

    /** The area at 0-based data-row position {@code index} (the row after the header is 0). */
    public Optional<Area> atRow(int index) {
        return index >= 0 && index < areas.size() ? Optional.of(areas.get(index)) : Optional.empty();
    }

    public boolean contains(String code) {
        return areas.stream().anyMatch(a -> a.code().equals(code));
    }
}
