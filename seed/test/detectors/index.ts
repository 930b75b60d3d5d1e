/**
 * One reference detector per pattern code. Each reads only the dataset and the default
 * parameters recorded in the ground truth, and returns the subjects it flags.
 */
import type { PatternCode } from '@touchstone/domain';
import { circularOwnership, hiddenOwners, shellNetworks } from './corporate';
import {
  assayMismatches,
  cashForGold,
  criminalProximity,
  mercury,
  paidOfficials,
  protectedAreaSupply,
  thirdPartySettlement,
} from './gold-actors';
import {
  couriers,
  highRiskRefiners,
  massBalance,
  mirrorExporters,
  misinvoicing,
  overCapacity,
  youngExporters,
} from './gold-trade';
import { cycles, layeringChains, roundTrips, scatterGather } from './money-paths';
import { bipartite, fanIn, fanOut, gatherScatter, passThrough, structuring } from './money-shapes';
import type { Detector } from './types';

export const DETECTORS: Record<PatternCode, Detector> = {
  MONEY_CYCLE: cycles,
  MONEY_FAN_OUT: fanOut,
  MONEY_FAN_IN: fanIn,
  MONEY_SCATTER_GATHER: scatterGather,
  MONEY_GATHER_SCATTER: gatherScatter,
  MONEY_BIPARTITE: bipartite,
  MONEY_STRUCTURING: structuring,
  MONEY_RAPID_PASS_THROUGH: passThrough,
  MONEY_LAYERING_CHAIN: layeringChains,
  MONEY_ROUND_TRIPPING: roundTrips,
  CORP_SHELL_NETWORK: shellNetworks,
  CORP_CIRCULAR_OWNERSHIP: circularOwnership,
  CORP_HIDDEN_OWNER: hiddenOwners,
  GOLD_EXPORT_OVER_CAPACITY: overCapacity,
  GOLD_YOUNG_EXPORTER: youngExporters,
  GOLD_ASSAY_MISMATCH: assayMismatches,
  GOLD_PROTECTED_AREA_SUPPLY: protectedAreaSupply,
  GOLD_OFFICIAL_PAID: paidOfficials,
  GOLD_MIRROR_TRADE_GAP: mirrorExporters,
  GOLD_CASH_FOR_GOLD: cashForGold,
  GOLD_COURIER: couriers,
  GOLD_REFINER_HIGH_RISK: highRiskRefiners,
  GOLD_MISINVOICING: misinvoicing,
  GOLD_THIRD_PARTY_SETTLEMENT: thirdPartySettlement,
  GOLD_MERCURY: mercury,
  GOLD_CRIMINAL_PROXIMITY: criminalProximity,
  MASS_BALANCE_GAP: massBalance,
};
