/**
 * All resolvers of the API, merged by type: each area (graph, cases, charts, audit, ad-hoc
 * Cypher, viewer) contributes its own `Query`, `Mutation` and type resolvers. A field defined
 * by two areas is a programming error and fails at start-up.
 */
import { auditResolvers } from './audit';
import { authResolvers } from './auth';
import { caseFieldResolvers } from './case-fields';
import { caseResolvers } from './cases';
import { chartResolvers } from './charts';
import { cypherResolvers } from './cypher';
import { graphResolvers } from './graph';
import { viewerResolvers } from './viewer';

type ResolverMap = Record<string, unknown>;

/** Merges resolver maps type by type, refusing duplicate fields. */
export function mergeResolvers(...maps: ResolverMap[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const existing = merged[type];
      const isPlainMap =
        fields !== null && typeof fields === 'object' && Object.getPrototypeOf(fields) === Object.prototype;
      if (existing === undefined) {
        merged[type] = isPlainMap ? { ...(fields as object) } : fields;
        continue;
      }
      if (
        !isPlainMap ||
        typeof existing !== 'object' ||
        existing === null ||
        Object.getPrototypeOf(existing) !== Object.prototype
      ) {
        if (existing !== fields) throw new Error(`resolvers: ${type} is defined twice`);
        continue;
      }
      for (const [field, resolver] of Object.entries(fields as object)) {
        if (field in (existing as object)) throw new Error(`resolvers: ${type}.${field} is defined twice`);
        (existing as Record<string, unknown>)[field] = resolver;
      }
    }
  }
  return merged;
}

/** The resolvers of every area. */
export const resolvers = mergeResolvers(
  graphResolvers,
  viewerResolvers,
  caseResolvers,
  caseFieldResolvers,
  chartResolvers,
  auditResolvers,
  cypherResolvers,
  authResolvers,
);
