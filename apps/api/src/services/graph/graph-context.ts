/**
 * What every graph service needs: the driver and the cases the user may see. Services take this
 * rather than the whole request context, so they can be called and tested without a server.
 */
import { defaultDatabase } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import type { ApiContext } from '../../context';
import { ALL_GRAPH_FIELDS, type GraphFields } from './graph-fields';

/** The database and the viewer's case access, as graph services use them. */
export interface GraphContext {
  driver: Driver;
  /** Cases whose restricted records the viewer may see (`x.caseId IN visibleCaseIds`). */
  visibleCaseIds: readonly string[];
  /** Database name; the server's default when absent. */
  database?: string;
  /** What the caller reads of nodes and links; everything when absent. */
  fields?: GraphFields;
}

/** The graph context of a request whose reply reads `fields` of nodes and links. */
export function graphContextOf(ctx: ApiContext, fields: GraphFields = ALL_GRAPH_FIELDS): GraphContext {
  return {
    driver: ctx.driver,
    visibleCaseIds: ctx.access.visibleCaseIds,
    database: defaultDatabase(),
    fields,
  };
}
