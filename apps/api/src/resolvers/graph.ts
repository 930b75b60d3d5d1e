/**
 * Resolvers of the graph operations: search, entity, expand, paths, money and metal trails,
 * ownership, canned queries and statistics. Types are plain objects shaped like the schema, so
 * only the query fields need resolvers.
 */
import { graphAnalysisResolvers } from './graph-analysis';
import { graphExploreResolvers } from './graph-explore';
import { graphTrailResolvers } from './graph-trails';

export const graphResolvers = {
  Query: { ...graphExploreResolvers, ...graphTrailResolvers, ...graphAnalysisResolvers },
};
