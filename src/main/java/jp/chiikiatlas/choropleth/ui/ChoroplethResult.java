package jp.chiikiatlas.choropleth.ui;

import java.awt.image.BufferedImage;
import jp.chiikiatlas.choropleth.ClassifiedMap;
import jp.chiikiatlas.choropleth.source.ChoroplethRequest;

/** One finished recolour: what was asked, the classified map and its legend picture. */
record ChoroplethResult(ChoroplethRequest request, ClassifiedMap map, BufferedImage legendImage) {
}
