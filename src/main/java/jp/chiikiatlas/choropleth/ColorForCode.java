package jp.chiikiatlas.choropleth;

import java.awt.Color;

/**
 * A fill colour per five-digit region code: the shape of the map renderer's fill layer, so a
 * {@link ClassifiedMap} plugs in as {@code map::colorFor}.
 */
@FunctionalInterface
public interface ColorForCode {
    Color colorFor(String regionCode);
}
