/**
 * Link charts of a case: `(:Case)-[:HAS_CHART]->(:Chart {id, name, version, createdAt, createdBy,
 * updatedAt, updatedBy, document})`, the document kept as JSON text. Saves are optimistic: an
 * update names the version it was based on, and a save over a newer version is refused rather
 * than silently overwriting a colleague's work.
 */
import { randomUUID } from 'node:crypto';
import { ID_PATTERN } from '@touchstone/domain';
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { int, readRecords, toNumber, writeTx } from '../../db/transactions';
import { ApiError, badInput, notFound } from '../../errors';
import { checkPlaceable } from './case-entities';
import { chartDocumentProblems, type ChartDocument } from './chart-document';

/** A chart without its document. */
export interface ChartSummaryRecord {
  id: string;
  caseId: string;
  name: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** A chart with its document. */
export interface ChartRecord extends ChartSummaryRecord {
  document: ChartDocument;
}

const SUMMARY = `ch.id AS id, c.id AS caseId, ch.name AS name, ch.version AS version, toString(ch.createdAt) AS createdAt,
  ch.createdBy AS createdBy, toString(ch.updatedAt) AS updatedAt, ch.updatedBy AS updatedBy`;

function toSummary(r: Neo4jRecord): ChartSummaryRecord {
  return {
    id: r.get('id'),
    caseId: r.get('caseId'),
    name: r.get('name'),
    version: toNumber(r.get('version')) ?? 0,
    createdAt: r.get('createdAt'),
    createdBy: r.get('createdBy'),
    updatedAt: r.get('updatedAt'),
    updatedBy: r.get('updatedBy'),
  };
}

/** Checks a document and that every entity it shows may be shown in this case. */
export async function checkChartDocument(
  driver: Driver,
  caseId: string,
  document: unknown,
  visible: readonly string[],
): Promise<ChartDocument> {
  const problems = chartDocumentProblems(document);
  if (problems.length)
    throw badInput(`The chart document is not valid: ${problems[0]!.path} ${problems[0]!.reason}.`, {
      field: 'document',
      issues: problems,
    });
  const doc = document as ChartDocument;
  const keys = doc.nodes.map((n) => n.key);
  const notIds = keys.filter((k) => !ID_PATTERN.test(k));
  if (notIds.length)
    throw badInput(`Chart nodes must be entities; "${notIds[0]!.slice(0, 60)}" is not an entity id.`, {
      field: 'document',
    });
  if (keys.length) {
    try {
      await checkPlaceable(driver, caseId, keys, visible);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'NOT_FOUND')
        throw badInput(`The chart shows ${e.message.charAt(0).toLowerCase()}${e.message.slice(1)}`, {
          field: 'document',
        });
      throw e;
    }
  }
  return doc;
}

/** The charts of a case, most recently updated first. */
export async function listCharts(driver: Driver, caseId: string): Promise<ChartSummaryRecord[]> {
  const records = await readRecords(
    driver,
    `MATCH (c:Case {id: $caseId})-[:HAS_CHART]->(ch:Chart) RETURN ${SUMMARY} ORDER BY ch.updatedAt DESC`,
    { caseId },
  );
  return records.map(toSummary);
}

/** The case a chart belongs to, or undefined when there is no such chart. */
export async function caseOfChart(driver: Driver, chartId: string): Promise<string | undefined> {
  const [record] = await readRecords(
    driver,
    'MATCH (c:Case)-[:HAS_CHART]->(:Chart {id: $chartId}) RETURN c.id AS caseId',
    { chartId },
  );
  return record ? String(record.get('caseId')) : undefined;
}

/** A chart with its document, if it belongs to one of `visible` cases. */
export async function loadChart(
  driver: Driver,
  chartId: string,
  visible: readonly string[],
): Promise<ChartRecord | undefined> {
  const [record] = await readRecords(
    driver,
    `MATCH (c:Case)-[:HAS_CHART]->(ch:Chart {id: $chartId}) WHERE c.id IN $visible RETURN ${SUMMARY}, ch.document AS document`,
    { chartId, visible: [...visible] },
  );
  return record
    ? { ...toSummary(record), document: JSON.parse(String(record.get('document'))) as ChartDocument }
    : undefined;
}

/** Creates a chart (no `id`) or saves a new version of one (`id` and `expectedVersion`). */
export async function saveChart(
  driver: Driver,
  input: {
    caseId: string;
    id?: string | null;
    name: string;
    expectedVersion?: number | null;
    document: ChartDocument;
    by: string;
  },
): Promise<ChartRecord> {
  const text = JSON.stringify(input.document);
  const summary = await writeTx(driver, async (tx) => {
    const touched = await tx.run('MATCH (c:Case {id: $caseId}) SET c.updatedAt = datetime() RETURN c.id', {
      caseId: input.caseId,
    });
    if (touched.records.length === 0) throw notFound('No such case.');
    if (!input.id) {
      const created = await tx.run(
        `MATCH (c:Case {id: $caseId})
         CREATE (c)-[:HAS_CHART]->(ch:Chart {id: $id, name: $name, version: 1, createdAt: datetime(), createdBy: $by,
                                             updatedAt: datetime(), updatedBy: $by, document: $document})
         RETURN ${SUMMARY}`,
        { caseId: input.caseId, id: `chart-${randomUUID()}`, name: input.name, by: input.by, document: text },
      );
      return toSummary(created.records[0]!);
    }
    const current = await tx.run(
      'MATCH (:Case {id: $caseId})-[:HAS_CHART]->(ch:Chart {id: $id}) SET ch.lockedAt = timestamp() RETURN ch.version AS version',
      {
        caseId: input.caseId,
        id: input.id,
      },
    );
    const found = current.records[0];
    if (!found) throw notFound('This case has no chart with that id.');
    const version = toNumber(found.get('version')) ?? 0;
    if (input.expectedVersion === null || input.expectedVersion === undefined)
      throw badInput('Give expectedVersion, the version you loaded, to save over a chart.', {
        field: 'expectedVersion',
      });
    if (input.expectedVersion !== version) {
      throw badInput(
        `The chart was saved by someone else meanwhile (version ${version}, you loaded ${input.expectedVersion}); reload it and apply your changes again.`,
        {
          field: 'expectedVersion',
          reason: 'VERSION_CONFLICT',
          currentVersion: version,
        },
      );
    }
    const updated = await tx.run(
      `MATCH (c:Case {id: $caseId})-[:HAS_CHART]->(ch:Chart {id: $id})
       SET ch.name = $name, ch.version = $version, ch.updatedAt = datetime(), ch.updatedBy = $by, ch.document = $document
       REMOVE ch.lockedAt
       RETURN ${SUMMARY}`,
      {
        caseId: input.caseId,
        id: input.id,
        name: input.name,
        version: int(version + 1),
        by: input.by,
        document: text,
      },
    );
    return toSummary(updated.records[0]!);
  });
  return { ...summary, document: input.document };
}

/** Deletes a chart of a case; false when it did not exist. */
export async function deleteChart(driver: Driver, caseId: string, chartId: string): Promise<boolean> {
  return writeTx(driver, async (tx) => {
    const result = await tx.run(
      `MATCH (c:Case {id: $caseId})-[:HAS_CHART]->(ch:Chart {id: $chartId}) SET c.updatedAt = datetime() DETACH DELETE ch RETURN count(*) AS n`,
      { caseId, chartId },
    );
    return (toNumber(result.records[0]?.get('n')) ?? 0) > 0;
  });
}
