/** Resolvers of moneyTrail, metalTrail and ownership, audited and run with the viewer's case access. */
import { audited } from '../audited';
import { graphContextOf } from '../services/graph/graph-context';
import { metalTrail, type MetalTrailArgs } from '../services/graph/metal-trail';
import { moneyTrail, type MoneyTrailArgs } from '../services/graph/money-trail';
import { ownership, type OwnershipArgs } from '../services/graph/ownership';

export const graphTrailResolvers = {
  moneyTrail: audited('moneyTrail', (args: MoneyTrailArgs, ctx) => moneyTrail(graphContextOf(ctx), args), {
    sizeOf: (r) => r.hops.length,
  }),
  metalTrail: audited('metalTrail', (args: MetalTrailArgs, ctx) => metalTrail(graphContextOf(ctx), args), {
    sizeOf: (r) => r.shipments.length,
  }),
  ownership: audited('ownership', (args: OwnershipArgs, ctx) => ownership(graphContextOf(ctx), args), {
    sizeOf: (r) => r.owners.length,
  }),
};
