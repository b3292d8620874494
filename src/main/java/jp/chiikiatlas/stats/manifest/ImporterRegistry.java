package jp.chiikiatlas.stats.manifest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.importers.EStatCsvImporter;
import jp.chiikiatlas.stats.importers.EconomicCensusPrefImporter;
import jp.chiikiatlas.stats.importers.MigrationOdImporter;
import jp.chiikiatlas.stats.importers.PopulationEstimatePrefImporter;
import jp.chiikiatlas.stats.importers.PrefectureGdpImporter;
import jp.chiikiatlas.stats.importers.PrefectureMigration2025Importer;
import jp.chiikiatlas.stats.importers.RegionalIoImporter;
import jp.chiikiatlas.stats.importers.SsdseEImporter;
import jp.chiikiatlas.stats.importers.juki.JukiAgeImporter;
import jp.chiikiatlas.stats.importers.juki.JukiDynamicsImporter;

/** Importer id (as named in the manifest) → a fresh importer. */
public final class ImporterRegistry {
    private final Map<String, Supplier<StatisticsImporter>> importers = new LinkedHashMap<>();

    public ImporterRegistry() {
        register(JukiDynamicsImporter::new);
        register(JukiAgeImporter::new);
        register(MigrationOdImporter::new);
        register(PopulationEstimatePrefImporter::new);
        register(PrefectureMigration2025Importer::new);
        register(EconomicCensusPrefImporter::new);
        register(SsdseEImporter::new);
        register(RegionalIoImporter::new);
        register(PrefectureGdpImporter::new);
        register(EStatCsvImporter::new);
    }

    private void register(Supplier<StatisticsImporter> supplier) {
        importers.put(supplier.get().id(), supplier);
    }

    /** A fresh importer for {@code id}, if this build has one. */
    public Optional<StatisticsImporter> find(String id) {
        return Optional.ofNullable(importers.get(id)).map(Supplier::get);
    }

    /** The ids of every importer, in registration order. */
    public java.util.Set<String> ids() {
        return java.util.Collections.unmodifiableSet(importers.keySet());
    }

    /** Why {@link #find} is empty, for the import log. */
    public String whyMissing(String id) {
        return "no importer with id " + id;
    }
}
