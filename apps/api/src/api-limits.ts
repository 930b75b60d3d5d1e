/**
 * The limits that keep one request from monopolising the server or the database. Each is
 * enforced at the cheapest point: the HTTP body before parsing, tokens while parsing, depth and
 * aliases while validating, cost and string sizes before any resolver runs.
 */

export interface ApiLimits {
  /** Largest request body, as accepted by express.json (a chart document fits). */
  maxBodySize: string;
  /** Most operations in one batched request. */
  maxBatch: number;
  /** Most lexical tokens in a query document. */
  maxTokens: number;
  /** Deepest selection nesting. */
  maxDepth: number;
  /** Most aliased fields per operation. */
  maxAliases: number;
  /** Highest estimated cost per operation (see validation/operation-cost.ts). */
  maxCost: number;
  /** Longest string in any argument or variable. */
  maxStringLength: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxBodySize: '2mb',
  maxBatch: 10,
  maxTokens: 5000,
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 50_000,
  maxStringLength: 20_000,
};
