/**
 * Resolvers of search, entity, expand and shortestPaths: each call authenticated, audited and
 * run with the viewer's case access. Search, expand and paths read only the parts of nodes and
 * links the request selects.
 */
import { audited } from '../audited';
import type { Direction } from '../services/graph/direction';
import { entity, type EntityArgs } from '../services/graph/entity';
import { expand, type ExpandArgs } from '../services/graph/expand';
import { graphContextOf } from '../services/graph/graph-context';
import { search, type SearchArgs } from '../services/graph/search';
import { shortestPaths, type ShortestPathsArgs } from '../services/graph/shortest-paths';
import { subgraph, type SubgraphArgs } from '../services/graph/subgraph';
import { selectedGraphFields } from './selected-graph-fields';

export const graphExploreResolvers = {
  search: audited(
    'search',
    (args: SearchArgs, ctx, info) => search(graphContextOf(ctx, selectedGraphFields(info)), args),
    {
      sizeOf: (r) => r.hits.length,
    },
  ),
  entity: audited('entity', (args: EntityArgs, ctx) => entity(graphContextOf(ctx), args), {
    sizeOf: (r) => r.graph.nodes.length,
  }),
  expand: audited(
    'expand',
    (args: ExpandArgs & { direction?: Direction }, ctx, info) =>
      expand(graphContextOf(ctx, selectedGraphFields(info)), args),
    {
      sizeOf: (r) => r.graph.nodes.length,
    },
  ),
  subgraph: audited('subgraph', (args: SubgraphArgs, ctx) => subgraph(graphContextOf(ctx), args), {
    sizeOf: (r) => r.nodes.length,
    argumentsOf: (args) => ({ ids: args.ids.slice(0, 50), count: args.ids.length }),
  }),
  shortestPaths: audited(
    'shortestPaths',
    (args: ShortestPathsArgs, ctx, info) =>
      shortestPaths(graphContextOf(ctx, selectedGraphFields(info)), args),
    {
      sizeOf: (r) => r.paths.length,
    },
  ),
};
