/**
 * Pattern codes: the laundering typologies and gold red flags of DOMAIN.md §3. The demo
 * generator plants instances under these codes, detection queries report them, and evaluation
 * compares the two.
 */
export const PATTERNS = {
  MONEY_CYCLE: 'Money leaves an account and returns through others, each hop later, amount roughly kept',
  MONEY_FAN_OUT: 'One account pays many within a short window',
  MONEY_FAN_IN: 'Many accounts pay one within a short window',
  MONEY_SCATTER_GATHER: 'Fan-out to intermediaries, then fan-in to one beneficiary',
  MONEY_GATHER_SCATTER: 'Many pay a hub, which then pays many',
  MONEY_BIPARTITE: 'Layers of accounts paying the next layer (bipartite / stack)',
  MONEY_STRUCTURING: 'Many cash deposits just under the reporting threshold',
  MONEY_RAPID_PASS_THROUGH: 'Money in and straight out again, balance left near zero',
  MONEY_LAYERING_CHAIN: 'A long chronological chain of transfers, amount roughly kept',
  MONEY_ROUND_TRIPPING: 'Money leaves a jurisdiction and returns through another',
  CORP_SHELL_NETWORK: 'Companies sharing addresses, directors or identifiers; mass-registration addresses',
  CORP_CIRCULAR_OWNERSHIP: 'Companies owning each other in a loop',
  CORP_HIDDEN_OWNER: 'An ultimate beneficial owner above the threshold reached only through chains',
  GOLD_EXPORT_OVER_CAPACITY: 'Exports declared from a mine exceed its licence or plausible production',
  GOLD_YOUNG_EXPORTER: 'A newly incorporated exporter moving large volumes',
  GOLD_ASSAY_MISMATCH: 'Assay inconsistent with the declared origin mine, consistent with another',
  GOLD_PROTECTED_AREA_SUPPLY: 'Mines in protected areas or indigenous territories linked to exporters',
  GOLD_OFFICIAL_PAID: 'An official approved licences and received payments from the holders',
  GOLD_MIRROR_TRADE_GAP: "A's reported exports to B differ from B's reported imports from A",
  GOLD_CASH_FOR_GOLD: '"Gold purchase" payments withdrawn in cash with no gold moving',
  GOLD_COURIER: 'Hand-carried gold and couriers making repeated trips',
  GOLD_REFINER_HIGH_RISK: 'A refiner sourcing via transit hubs or relabelled "scrap"',
  GOLD_MISINVOICING: 'Declared value per kg far from the market price of the date',
  GOLD_THIRD_PARTY_SETTLEMENT: 'Payment from or to someone other than the trading parties',
  GOLD_MERCURY: 'Mercury imports or seizures linked to actors near illegal mining',
  GOLD_CRIMINAL_PROXIMITY: 'Short paths from an exporter or official to a criminal-group member',
  MASS_BALANCE_GAP: 'Fine kg in minus out does not balance for a refiner, trader or country in a period',
} as const;

/** A pattern code. */
export type PatternCode = keyof typeof PATTERNS;

/** All pattern codes. */
export const PATTERN_CODES = Object.keys(PATTERNS) as PatternCode[];
