/**
 * Plants every pattern and its look-alikes into a block, then writes the trade statistics (which
 * carry the planted mirror gaps). Each planter has its own random stream, so adding to one never
 * changes what another plants.
 */
import type { Block } from '../world/block';
import type { Underworld } from '../world/enforcement';
import { buildTradeStatistics, type TradeOverrides } from '../world/trade-statistics';
import { plantCorporate } from './corporate';
import { plantAssay } from './gold-assay';
import { plantCapacity } from './gold-capacity';
import { plantCashForGold } from './gold-cash';
import { plantCouriers } from './gold-courier';
import { plantCriminalProximity } from './gold-criminal';
import { plantMassBalance } from './gold-mass-balance';
import { plantMercury } from './gold-mercury';
import { plantMirrorGaps } from './gold-mirror';
import { plantMisinvoicing } from './gold-misinvoicing';
import { plantOfficials } from './gold-officials';
import { plantProtectedAreas } from './gold-protected-area';
import { plantRefiners } from './gold-refiner';
import { plantThirdParty } from './gold-third-party';
import { plantYoungExporters } from './gold-young';
import { plantBipartite } from './money-bipartite';
import { plantCycles } from './money-cycles';
import { plantFans } from './money-fans';
import { plantLayering } from './money-layering';
import { plantPassThrough } from './money-pass-through';
import { plantRoundTrips } from './money-round-trip';
import { plantScatter } from './money-scatter';
import { plantStructuring } from './money-structuring';

export function plantPatterns(b: Block, underworld: Underworld): void {
  plantCycles(b);
  plantFans(b);
  plantScatter(b);
  plantBipartite(b);
  plantStructuring(b);
  plantPassThrough(b);
  plantLayering(b);
  plantRoundTrips(b);
  plantCorporate(b);
  plantCapacity(b);
  plantYoungExporters(b);
  plantAssay(b);
  plantProtectedAreas(b);
  plantOfficials(b);
  plantCashForGold(b);
  plantCouriers(b);
  plantRefiners(b);
  plantMisinvoicing(b);
  plantThirdParty(b);
  plantMercury(b, b.world.legalMercuryImporter!);
  plantCriminalProximity(b, underworld);
  plantMassBalance(b);
  const overrides: TradeOverrides = new Map();
  plantMirrorGaps(b, overrides);
  buildTradeStatistics(b, overrides);
}
