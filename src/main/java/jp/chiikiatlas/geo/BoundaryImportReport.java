package jp.chiikiatlas.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a boundary import did: features read, stored, repaired, rejected with reasons, regions made. */
public final class BoundaryImportReport {
    private final String file;
    private int featuresRead;
    private int featuresStored;
    private int featuresRepaired;
    private final List<String> rejected = new ArrayList<>();
    private final List<String> unassigned = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<RegionLevel, Integer> regionsByLevel = new EnumMap<>(RegionLevel.class);
    private int levelsOfDetail;

    public BoundaryImportReport(String file) {
        this.file = file;
    }

    void featureRead() {
        featuresRead++;
    }

    void featureStored() {
        featuresStored++;
    }

    void featureRepaired() {
        featuresRepaired++;
    }

    void rejected(String reason) {
        rejected.add(reason);
    }

    void unassigned(String description) {
        unassigned.add(description);
    }

    void note(String note) {
        notes.add(note);
    }

    void regions(RegionLevel level, int count) {
        regionsByLevel.put(level, count);
    }

    void levelsOfDetail(int count) {
        levelsOfDetail = count;
    }

    public String file() {
        return file;
    }

    public int featuresRead() {
        return featuresRead;
    }

    public int featuresStored() {
        return featuresStored;
    }

    public int featuresRepaired() {
        return featuresRepaired;
    }

    public List<String> rejected() {
        return Collections.unmodifiableList(rejected);
    }

    /** Areas without a municipality (所属未定地), kept as unassigned areas. */
    public List<String> unassigned() {
        return Collections.unmodifiableList(unassigned);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public int regions(RegionLevel level) {
        return regionsByLevel.getOrDefault(level, 0);
    }

    public int levelsOfDetail() {
        return levelsOfDetail;
    }

    /** The report as printed by {@code import-boundaries}. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("file:               " + file);
        lines.add("features read:      " + featuresRead);
        lines.add("features stored:    " + featuresStored + " (" + unassigned.size() + " as unassigned areas)");
        lines.add("features repaired:  " + featuresRepaired);
        lines.add("features rejected:  " + rejected.size());
        rejected.forEach(r -> lines.add("  rejected: " + r));
        unassigned.forEach(u -> lines.add("  unassigned area: " + u));
        lines.add(String.format("regions:            %d prefectures, %d municipalities, %d designated cities, %d wards",
                regions(RegionLevel.PREFECTURE), regions(RegionLevel.MUNICIPALITY),
                regions(RegionLevel.DESIGNATED_CITY), regions(RegionLevel.WARD)));
        lines.add("levels of detail:   " + levelsOfDetail);
        notes.forEach(n -> lines.add("note: " + n));
        return lines;
    }
}
