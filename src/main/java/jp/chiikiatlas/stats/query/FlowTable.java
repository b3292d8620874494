package jp.chiikiatlas.stats.query;

import java.util.List;
import java.util.Set;
import jp.chiikiatlas.stats.Flow;

/** Origin–destination flows from or to a region, with the credit lines of their datasets. */
public record FlowTable(List<Flow> flows, Set<String> credits) {
}
