/**
 * What the statistics importers share, in one place.
 *
 * <ul>
 *   <li>CSV: {@link jp.chiikiatlas.stats.importers.support.CsvFile} (strict CP932 / UTF-8 decoding,
 *   BOM, RFC 4180) → {@link jp.chiikiatlas.stats.importers.support.CsvRow}s, columns found by name
 *   with {@link jp.chiikiatlas.stats.importers.support.CsvHeader}.</li>
 *   <li>Excel, two ways: {@link jp.chiikiatlas.stats.importers.support.ExcelFile} opens a workbook
 *   (POI's object model) and gives a named sheet as
 *   {@link jp.chiikiatlas.stats.importers.support.SheetCells}, for small tables;
 *   {@link jp.chiikiatlas.stats.importers.support.Grids} reads the first sheet of a large table
 *   (.xlsx streamed) into a {@link jp.chiikiatlas.stats.importers.support.Grid} of plain values,
 *   whose header rows {@link jp.chiikiatlas.stats.importers.support.HeaderBlock} reads into label
 *   paths. {@link jp.chiikiatlas.stats.importers.support.CellText} normalises labels for matching.</li>
 *   <li>Values: a cell is a number or a marker of the file's own
 *   {@link jp.chiikiatlas.stats.importers.support.MarkerLegend}, read into a
 *   {@link jp.chiikiatlas.stats.importers.support.CellValue}; numbers as tables print them with
 *   {@link jp.chiikiatlas.stats.importers.support.Numbers}.</li>
 *   <li>Writing: {@link jp.chiikiatlas.stats.importers.support.SinkWriter} counts what it stores in
 *   the import report.</li>
 *   <li>Reference lists: {@link jp.chiikiatlas.stats.importers.support.RegionNames},
 *   {@link jp.chiikiatlas.stats.importers.support.Jsic},
 *   {@link jp.chiikiatlas.stats.importers.support.AreaIdTable},
 *   {@link jp.chiikiatlas.stats.importers.support.Licences}.</li>
 * </ul>
 */
package jp.chiikiatlas.stats.importers.support;
