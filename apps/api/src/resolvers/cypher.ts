/**
 * The `runCypher` resolver: ad-hoc read-only Cypher for analysts and admins, bounded in rows and
 * time. The query text and parameters go to the audit log in full (clipped when very long), so
 * every ad-hoc look at the graph can be reviewed.
 */
import { audited } from '../audited';
import { checkRange } from '../services/cases/case-input';
import { CYPHER_LIMITS, runCypher } from '../services/cypher/run-cypher';

interface RunCypherArgs {
  query: string;
  params?: unknown;
  rowLimit?: number;
  timeoutSeconds?: number;
}

export const cypherResolvers = {
  Query: {
    runCypher: audited(
      'runCypher',
      (args: RunCypherArgs, ctx) =>
        runCypher(ctx.driver, {
          query: args.query,
          params: args.params,
          rowLimit: checkRange(
            args.rowLimit ?? CYPHER_LIMITS.defaultRows,
            'rowLimit',
            1,
            CYPHER_LIMITS.maxRows,
          ),
          timeoutSeconds: checkRange(
            args.timeoutSeconds ?? CYPHER_LIMITS.defaultTimeoutSeconds,
            'timeoutSeconds',
            1,
            CYPHER_LIMITS.maxTimeoutSeconds,
          ),
          visibleCaseIds: ctx.access.visibleCaseIds,
        }),
      { roles: ['analyst', 'admin'], sizeOf: (r) => r.rows.length },
    ),
  },
};
