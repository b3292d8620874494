package jp.chiikiatlas.stats.manifest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.importers.juki.JukiAgeImporter;
import jp.chiikiatlas.stats.importers.juki.JukiDynamicsImporter;

/**
 * Importer id (as named in the manifest) → importer. Our own importers are registered directly;
 * the others are looked up by class name, so a build without them still runs and reports "no
 * importer yet". Importers declared through {@code META-INF/services} are found too.
 */
public final class ImporterRegistry {
    /** Expected class names of importers written on other branches (no-argument constructors). */
    static final Map<String, String> BY_CLASS_NAME = Map.of(
            "migration-od", "jp.chiikiatlas.stats.importers.MigrationOdImporter",
            "population-estimate-pref", "jp.chiikiatlas.stats.importers.PopulationEstimatePrefImporter",
            "migration-prefecture-2025", "jp.chiikiatlas.stats.importers.MigrationPrefecture2025Importer",
            "economic-census-pref", "jp.chiikiatlas.stats.importers.EconomicCensusPrefImporter",
            "ssdse-e", "jp.chiikiatlas.stats.importers.SsdseEImporter",
            "regional-io", "jp.chiikiatlas.stats.importers.RegionalIoImporter",
            "prefecture-gdp", "jp.chiikiatlas.stats.importers.PrefectureGdpImporter",
            "estat-csv", "jp.chiikiatlas.stats.importers.EStatCsvImporter");

    private final Map<String, Supplier<StatisticsImporter>> builtIn = new LinkedHashMap<>();

    public ImporterRegistry() {
        builtIn.put(JukiDynamicsImporter.ID, JukiDynamicsImporter::new);
        builtIn.put(JukiAgeImporter.ID, JukiAgeImporter::new);
    }

    /** A fresh importer for {@code id}, if this build has one. */
    public Optional<StatisticsImporter> find(String id) {
        Supplier<StatisticsImporter> supplier = builtIn.get(id);
        if (supplier != null) {
            return Optional.of(supplier.get());
        }
        for (StatisticsImporter importer : ServiceLoader.load(StatisticsImporter.class)) {
            if (importer.id().equals(id)) {
                return Optional.of(importer);
            }
        }
        String className = BY_CLASS_NAME.get(id);
        if (className == null) {
            return Optional.empty();
        }
        try {
            Object instance = Class.forName(className).getDeclaredConstructor().newInstance();
            return instance instanceof StatisticsImporter importer ? Optional.of(importer) : Optional.empty();
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Why {@link #find} is empty, for the import log. */
    public String whyMissing(String id) {
        String className = BY_CLASS_NAME.get(id);
        return className == null ? "no importer with id " + id
                : "no importer yet for " + id + " (class " + className + " is not in this build)";
    }
}
