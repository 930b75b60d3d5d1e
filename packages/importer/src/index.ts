/**
 * @touchstone/importer — loads entity and link records (JSON Lines) into Neo4j: validated against
 * the domain model, batched with UNWIND over compact list rows, idempotent (MERGE on stable ids),
 * one transaction per batch so a failed batch writes nothing, every rejected record reported with
 * file and line.
 */
export {
  DEFAULT_CONCURRENCY,
  importFiles,
  type Concurrency,
  type ImportOptions,
  type ImportSources,
} from './import-files';
export { importDataset, datasetFiles } from './import-dataset';
export {
  ImportError,
  formatIssue,
  type ImportCounts,
  type ImportIssue,
  type ImportProgress,
  type ImportReport,
  type RecordOrigin,
} from './report';
export { readJsonLines, type JsonLine } from './read-json-lines';
export { entityWriteStatement, linkWriteStatement } from './write-statements';
export { columnOf, entityRowLayout, linkRowLayout, toRow, type RowLayout } from './row-layout';
