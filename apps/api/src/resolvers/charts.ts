/**
 * Resolvers of link charts: loading one by id (its case decides who may), saving a new chart or
 * a new version, and deleting. Saving checks the document's shape and that every entity on it
 * may be shown in the case.
 */
import { CASE_EDITORS } from '../access/case-access';
import type { ApiContext } from '../context';
import { audited } from '../audited';
import { badInput, forbidden, notFound } from '../errors';
import { checkId } from '../services/cases/case-input';
import {
  caseOfChart,
  checkChartDocument,
  deleteChart,
  loadChart,
  saveChart,
} from '../services/cases/chart-store';

const MAX_CHART_NAME = 200;

function checkName(name: unknown): string {
  const n = typeof name === 'string' ? name.trim() : '';
  if (!n || n.length > MAX_CHART_NAME)
    throw badInput(`name must be 1 to ${MAX_CHART_NAME} characters.`, { field: 'name' });
  return n;
}

/** The case of a chart the viewer may reach, or FORBIDDEN / NOT_FOUND. */
async function chartCase(ctx: ApiContext, chartId: string, roles?: readonly string[]): Promise<string> {
  const caseId = await caseOfChart(ctx.driver, chartId);
  if (!caseId) throw notFound('No chart with this id.');
  ctx.access.requireMember(caseId, roles);
  return caseId;
}

export const chartResolvers = {
  Query: {
    chart: audited(
      'chart',
      async (args: { id: string }, ctx) => {
        const id = checkId(args.id, 'id');
        await chartCase(ctx, id);
        const chart = await loadChart(ctx.driver, id, ctx.access.visibleCaseIds);
        if (!chart) throw forbidden('You are not a member of the case of this chart.');
        return chart;
      },
      { caseIdOfResult: (c) => c.caseId, sizeOf: (c) => c.document.nodes.length + c.document.edges.length },
    ),
  },
  Mutation: {
    saveChart: audited(
      'saveChart',
      async (
        args: {
          caseId: string;
          input: { id?: string | null; name: string; expectedVersion?: number | null; document: unknown };
        },
        ctx,
      ) => {
        const caseId = checkId(args.caseId, 'caseId');
        ctx.access.requireMember(caseId, CASE_EDITORS);
        const { id, name, expectedVersion, document } = args.input;
        const chartId = id === undefined || id === null ? null : checkId(id, 'input.id');
        const doc = await checkChartDocument(ctx.driver, caseId, document, ctx.access.visibleCaseIds);
        return saveChart(ctx.driver, {
          caseId,
          id: chartId,
          name: checkName(name),
          expectedVersion,
          document: doc,
          by: ctx.user!.name,
        });
      },
      {
        caseIdOf: (a) => a.caseId,
        sizeOf: (c) => c.document.nodes.length + c.document.edges.length,
        argumentsOf: (a) => ({
          caseId: a.caseId,
          id: a.input.id ?? null,
          name: a.input.name,
          expectedVersion: a.input.expectedVersion ?? null,
          documentBytes: JSON.stringify(a.input.document ?? null).length,
        }),
      },
    ),
    deleteChart: audited(
      'deleteChart',
      async (args: { id: string }, ctx) => {
        const id = checkId(args.id, 'id');
        const caseId = await chartCase(ctx, id, CASE_EDITORS);
        return deleteChart(ctx.driver, caseId, id);
      },
      { sizeOf: () => 1 },
    ),
  },
};
