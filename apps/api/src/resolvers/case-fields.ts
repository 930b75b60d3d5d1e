/**
 * Fields of a case resolved on demand: members, held entities, their count and the charts. They
 * belong to a case the root operation already checked (and audited); a viewer who has just left
 * the case gets them empty. Database errors get the API's stable codes.
 */
import type { ApiContext } from '../context';
import { countCaseEntities, listCaseEntities } from '../services/cases/case-entities';
import { checkRange } from '../services/cases/case-input';
import { listMembers } from '../services/cases/case-members';
import type { CaseView } from '../services/cases/case-view';
import { listCharts } from '../services/cases/chart-store';
import { toApiError } from '../to-api-error';

/** What the viewer sees of case data: public records, their cases' and this case's. */
const visibleIn = (c: CaseView, ctx: ApiContext) => [...new Set([...ctx.access.visibleCaseIds, c.id])];

function field<A, R>(empty: R, run: (c: CaseView, args: A, ctx: ApiContext) => Promise<R>) {
  return async (c: CaseView, args: A, ctx: ApiContext): Promise<R> => {
    if (!c.myRole) return empty;
    try {
      return await run(c, args, ctx);
    } catch (e) {
      throw toApiError(e);
    }
  };
}

export const caseFieldResolvers = {
  Case: {
    members: field([], (c, _args, ctx) => listMembers(ctx.driver, c.id)),
    entities: field([], (c, args: { limit?: number; offset?: number }, ctx) =>
      listCaseEntities(
        ctx.driver,
        c.id,
        visibleIn(c, ctx),
        checkRange(args.offset ?? 0, 'offset', 0, 1_000_000),
        checkRange(args.limit ?? 100, 'limit', 1, 1000),
      ),
    ),
    entityCount: field(0, (c, _args, ctx) => countCaseEntities(ctx.driver, c.id, visibleIn(c, ctx))),
    charts: field([], (c, _args, ctx) => listCharts(ctx.driver, c.id)),
  },
};
