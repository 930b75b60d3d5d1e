/**
 * A data set is a folder with `entities.jsonl` and `links.jsonl` (the layout the demo generator
 * writes); this imports one, entities first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { importFiles, type ImportOptions, type ImportSources } from './import-files';
import { ImportError, type ImportReport } from './report';

/** The entity and link files of a data set folder; throws when either is missing. */
export function datasetFiles(dir: string): ImportSources {
  const entities = join(dir, 'entities.jsonl');
  const links = join(dir, 'links.jsonl');
  for (const file of [entities, links]) if (!existsSync(file)) throw new ImportError(`${file} does not exist`);
  return { entities: [entities], links: [links] };
}

/** Imports the data set in `dir`. */
export function importDataset(driver: Driver, dir: string, options?: ImportOptions): Promise<ImportReport> {
  return importFiles(driver, datasetFiles(dir), options);
}
