/**
 * All default detection rules, one per pattern code, and the data conventions they rely on.
 * The ground truth carries both, so the query library and evaluation use the same defaults.
 */
import type { PatternCode } from '@touchstone/domain';
import type { PatternParameters, PatternRule } from '../truth/ground-truth';
import { CORPORATE_RULES } from './corporate-rules';
import { GOLD_RULES } from './gold-rules';
import { MONEY_RULES } from './money-rules';

/** The rule, subject and default parameters of every pattern. */
export const PATTERN_RULES: Record<PatternCode, PatternRule> = {
  ...MONEY_RULES,
  ...CORPORATE_RULES,
  ...GOLD_RULES,
};

/** Default parameters of every pattern. */
export const DEFAULT_PARAMETERS = Object.fromEntries(
  Object.entries(PATTERN_RULES).map(([code, rule]) => [code, rule.parameters]),
) as Record<PatternCode, PatternParameters>;

/** What the rules assume about the data. */
export const DATA_CONVENTIONS: Record<string, string> = {
  transfer: 'A Transaction with (:BankAccount)-[:SENT]->(t) and (t)-[:TO]->(:BankAccount).',
  cashDeposit:
    'A Transaction with channel CASH_DEPOSIT, a TO link and a DEPOSITED_BY person, and no SENT link.',
  cashWithdrawal:
    'A Transaction with channel CASH_WITHDRAWAL, a SENT link and a DEPOSITED_BY person, and no TO link.',
  money: 'Amounts are compared on Transaction.amountUsd; times on Transaction.timestamp (UTC).',
  within: 't2 is within N days (hours) after t1 when t1 < t2 ≤ t1 + N × 24 h (N h).',
  goldSettlement:
    'Cross-border gold sales are paid by a transfer with purpose "gold purchase" that SETTLES the shipment.',
  fineKg:
    'Shipment.fineKg = grossWeightKg × fineness; DECLARED_ORIGIN.fineKg splits it among declared mines.',
  marketPrice:
    'GOLD MarketPrice: monthly average of the LBMA PM price in USD per fine kg, dated the first of the month.',
  samples:
    'A concentration of 0 means below detectionLimitsPpm. A REFERENCE sample TAKEN_FROM a mine is its profile: geometric means of 8 specimens, uncertaintiesPpm the within-mine spread (1 SD).',
  blocks:
    'At scale N the world is replicated in N independent blocks (ids carry -b<block>-); no link crosses blocks; each block has its own Country and MarketPrice entities, so Country.iso2 is unique only within a block.',
};
