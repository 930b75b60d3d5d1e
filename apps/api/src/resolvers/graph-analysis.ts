/**
 * Resolvers of the canned-query catalogue, its execution and the statistics. Canned queries are
 * audited with their name and parameters, so every look at the graph through them can be reviewed.
 */
import { audited } from '../audited';
import { cannedQueries, runCannedQuery, type RunCannedQueryArgs } from '../services/graph/canned-queries';
import { graphContextOf } from '../services/graph/graph-context';
import { statistics, type StatisticsArgs } from '../services/graph/statistics';

export const graphAnalysisResolvers = {
  cannedQueries: audited('cannedQueries', async () => cannedQueries(), { sizeOf: (r) => r.length }),
  runCannedQuery: audited(
    'runCannedQuery',
    (args: RunCannedQueryArgs, ctx) => runCannedQuery(graphContextOf(ctx), args),
    {
      sizeOf: (r) => r.rows.length,
    },
  ),
  statistics: audited('statistics', (args: StatisticsArgs, ctx) => statistics(graphContextOf(ctx), args), {
    sizeOf: (r) => r.groups.length,
  }),
};
