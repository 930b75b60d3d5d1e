/**
 * Plan sanity for library queries: EXPLAIN (which runs nothing) and look at the operators. A
 * query may not scan every node, nor scan a large label (Transaction, Shipment, SourceDocument)
 * by label alone: it must start from an index (a time window, an amount threshold, an id) or
 * from a smaller label and expand. Labels that grow with parties rather than with activity
 * (BankAccount, Company, Mine, Country …) may be scanned: they are the natural anchors.
 */
import { type CannedQuery } from '@touchstone/cypher';
import type { Driver } from 'neo4j-driver';
import { driverParameters } from './driver-parameters';
import { checkedParameters } from './run-query';

/** One operator of a plan, flattened. */
export interface PlanOperator {
  operator: string;
  details: string;
  depth: number;
}

/** Labels too large to scan whole: they grow with the money, the trade and the paperwork. */
export const LARGE_LABELS: readonly string[] = ['Entity', 'Transaction', 'Shipment', 'SourceDocument'];

const LABEL_SCANS =
  /^(NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|SubtractionNodeByLabelsScan|PartitionedNodeByLabelScan)$/;

interface RawPlan {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: RawPlan[];
}

function flatten(plan: RawPlan, depth = 0, out: PlanOperator[] = []): PlanOperator[] {
  const details = plan.arguments?.Details ?? plan.arguments?.details ?? '';
  out.push({ operator: plan.operatorType.replace(/@.*$/, ''), details: String(details), depth });
  for (const child of plan.children ?? []) flatten(child, depth + 1, out);
  return out;
}

/** The operators of the query's plan at the given parameters (defaults filled in). */
export async function explainQuery(
  driver: Driver,
  query: CannedQuery,
  given: Readonly<Record<string, unknown>> = {},
  options: { database?: string } = {},
): Promise<PlanOperator[]> {
  const params = driverParameters(query, checkedParameters(query, given));
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    const summary = await session.executeRead(
      async (tx) => (await tx.run(`EXPLAIN ${query.cypher}`, { ...params, visibleCaseIds: [] })).summary,
    );
    if (!summary.plan) return [];
    return flatten(summary.plan as unknown as RawPlan);
  } finally {
    await session.close();
  }
}

/** Why a plan is not acceptable; empty when it is. */
export function planProblems(
  operators: readonly PlanOperator[],
  largeLabels: readonly string[] = LARGE_LABELS,
): string[] {
  const problems: string[] = [];
  for (const op of operators) {
    if (op.operator === 'AllNodesScan') problems.push(`scans all nodes (${op.details || 'AllNodesScan'})`);
    else if (LABEL_SCANS.test(op.operator)) {
      const label = largeLabels.find((l) => new RegExp(`:${l}\\b`).test(op.details));
      if (label) problems.push(`scans every ${label} by label (${op.operator} ${op.details})`);
    }
  }
  return problems;
}
