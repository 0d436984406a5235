/** Pure export core: CSV, JSON and REFI-QDA (.qdpx) from the corpus analysis given as plain data. */
export * from './model';
export { exportCsv, parseCsv, toCsv, csvCell, sortedMentions, type CsvFiles } from './csv';
export { exportJson, JSON_EXPORT_FORMAT, type JsonExport } from './json';
export { buildQdpxProject, exportQdpx, codePointOffsets, xmlEscape, sourceName, uniqueNames, QDA_NAMESPACE, type QdpxProject } from './qdpx';
export { exportQdc, importQdc, slugId, QDC_NAMESPACE, type QdcCategory, type QdcTerm, type ImportedCodebook } from './qdc';
export { deterministicGuid, GUID_V4 } from './guid';
export { exportFiles, type ExportFile, type ExportFormat } from './files';
