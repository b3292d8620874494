/**
 * Choropleth core, independent of the map renderer and of the statistics cache.
 *
 * <p>Flow: {@link jp.chiikiatlas.choropleth.RegionValues} (one indicator, period and level; a number
 * or a {@link jp.chiikiatlas.choropleth.NoData} reason per region) → optional
 * {@link jp.chiikiatlas.choropleth.Measures measure} (per 1,000 people, per km², share, change) →
 * {@link jp.chiikiatlas.choropleth.Choropleth#classify} with a
 * {@link jp.chiikiatlas.choropleth.ChoroplethStyle} → {@link jp.chiikiatlas.choropleth.ClassifiedMap}:
 * a colour per code (it is a {@link jp.chiikiatlas.choropleth.ColorForCode}, so {@code map::colorFor}
 * serves as the renderer's fill layer), rank and hover text per code, and a
 * {@link jp.chiikiatlas.choropleth.Legend} that {@link jp.chiikiatlas.choropleth.LegendCsv},
 * {@link jp.chiikiatlas.choropleth.LegendPainter} and
 * {@link jp.chiikiatlas.choropleth.HistogramPainter} turn into CSV, PNG or SVG.
 *
 * <p>No JavaFX here: everything runs headless.
 */
package jp.chiikiatlas.choropleth;
