package jp.chiikiatlas.stats.manifest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code data/manifest.json}: every dataset the application knows, in the order files are matched. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(List<String> ignore, List<ManifestEntry> datasets) {
    private static final String RESOURCE = "manifest.json";

    /** The manifest built into the application (a copy of {@code data/manifest.json}). */
    public static Manifest builtIn() throws IOException {
        try (InputStream in = Manifest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("manifest.json is missing from the application build");
            }
            return new ObjectMapper().readValue(in, Manifest.class);
        }
    }

    public static Manifest read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), Manifest.class);
    }

    /** The first entry whose file pattern matches {@code relative} (a path inside the data folder). */
    public Optional<ManifestEntry> entryFor(Path relative) {
        for (ManifestEntry entry : datasets) {
            if (matches(entry.files(), relative)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The entry that lists {@code relative} as a companion file. */
    public Optional<ManifestEntry> companionOf(Path relative) {
        for (ManifestEntry entry : datasets) {
            for (String pattern : entry.companionsOrEmpty()) {
                if (matches(pattern, relative)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    public boolean ignores(Path relative) {
        return ignore != null && ignore.stream().anyMatch(p -> matches(p, relative));
    }

    public List<String> importerIds() {
        List<String> ids = new ArrayList<>();
        datasets.stream().map(ManifestEntry::importer).filter(i -> i != null && !ids.contains(i)).forEach(ids::add);
        return ids;
    }

    static boolean matches(String glob, Path relative) {
        // Globs use '/', whatever the platform's separator.
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        Path normalised = Path.of(relative.toString().replace('\\', '/'));
        return matcher.matches(normalised);
    }
}
