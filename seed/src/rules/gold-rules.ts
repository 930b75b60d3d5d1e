/**
 * Default detection rules of the gold red flags (TYPOLOGIES §3.2 G1–G15) and the mass balance.
 * Money is compared on amountUsd, metal on fine kg; a year is a calendar year of the shipment date.
 */
import type { PatternRule } from '../truth/ground-truth';

type GoldPattern =
  | 'GOLD_EXPORT_OVER_CAPACITY'
  | 'GOLD_YOUNG_EXPORTER'
  | 'GOLD_ASSAY_MISMATCH'
  | 'GOLD_PROTECTED_AREA_SUPPLY'
  | 'GOLD_OFFICIAL_PAID'
  | 'GOLD_MIRROR_TRADE_GAP'
  | 'GOLD_CASH_FOR_GOLD'
  | 'GOLD_COURIER'
  | 'GOLD_REFINER_HIGH_RISK'
  | 'GOLD_MISINVOICING'
  | 'GOLD_THIRD_PARTY_SETTLEMENT'
  | 'GOLD_MERCURY'
  | 'GOLD_CRIMINAL_PROXIMITY'
  | 'MASS_BALANCE_GAP';

const LINKS_NEAR_MINES = ['OPERATES', 'SOLD_TO', 'OWNS', 'DIRECTOR_OF', 'FAMILY_OF', 'ASSOCIATE_OF'] as const;

export const GOLD_RULES: Record<GoldPattern, PatternRule> = {
  GOLD_EXPORT_OVER_CAPACITY: {
    rule:
      'A mine whose declared exports in a calendar year — Σ DECLARED_ORIGIN.fineKg over GOLD shipments dated that year — exceed ' +
      'tolerance × capacity. Capacity = min(plausibleAnnualKg, the largest maxAnnualKg of MINING_CONCESSION licences that COVER ' +
      'the mine and are valid that year: issueDate ≤ 31 Dec and expiryDate ≥ 1 Jan); plausibleAnnualKg when none is valid.',
    subject: 'the mine',
    parameters: { tolerance: 1.2 },
  },
  GOLD_YOUNG_EXPORTER: {
    rule:
      'A company whose GOLD shipments (EXPORTED) dated within maxAgeDays after its incorporationDate total ≥ minFineKg of ' +
      'Shipment.fineKg.',
    subject: 'the company',
    parameters: { maxAgeDays: 365, minFineKg: 300 },
  },
  GOLD_ASSAY_MISMATCH: {
    rule:
      'An EVIDENCE sample TAKEN_FROM a shipment (or from a seizure that SEIZED a shipment) whose COMPARED_WITH link to the ' +
      'shipment’s DECLARED_ORIGIN mine has verdict EXCLUDED (pValue < alpha), while a COMPARED_WITH link to another mine has ' +
      'verdict CONSISTENT. Verdicts come from @touchstone/analytics compareToReference with these alpha, minElements and ' +
      'referenceSpecimens.',
    subject: 'the evidence sample',
    parameters: { alpha: 0.01, minElements: 4, referenceSpecimens: 8 },
  },
  GOLD_PROTECTED_AREA_SUPPLY: {
    rule:
      'A mine INSIDE a ProtectedArea linked to an exporter (a Company whose kinds include EXPORTER) by: a GOLD shipment ' +
      'EXPORTED by it that DECLARED_ORIGIN the mine, or the exporter OPERATES the mine, or a chain of 1..maxSupplyHops SOLD_TO ' +
      'links from the mine to the exporter.',
    subject: 'the mine',
    parameters: { maxSupplyHops: 3 },
  },
  GOLD_OFFICIAL_PAID: {
    rule:
      'An Official o who approved a licence (Licence-APPROVED_BY->o, on the link’s date) held (HOLDS_LICENCE) by party h, and a ' +
      'transfer of ≥ minAmountUsd dated in [date − daysBefore, date + daysAfter] from an account held by h or by a party that ' +
      'OWNS or is DIRECTOR_OF h, to an account held by o, by a person FAMILY_OF/ASSOCIATE_OF o (either direction), or by a ' +
      'company such a person OWNS or is DIRECTOR_OF.',
    subject: 'the official',
    parameters: { daysBefore: 180, daysAfter: 365, minAmountUsd: 1_000 },
  },
  GOLD_MIRROR_TRADE_GAP: {
    rule:
      'For exporter country A, partner B and year Y with hsCode: expKg = netKg of A-REPORTED_EXPORT->B, impKg = netKg of ' +
      'B-REPORTED_IMPORT->A (0 when absent). Flag when |impKg − expKg| ≥ minGapKg and ≥ minGapShare × (expKg + impKg) / 2.',
    subject: 'the exporting country A (details give the partner and year)',
    parameters: { hsCode: '7108', minGapKg: 100, minGapShare: 0.25 },
  },
  GOLD_CASH_FOR_GOLD: {
    rule:
      'An account A receiving ≥ minPayments transfers whose purpose contains purposeContains (case-insensitive), each of which ' +
      'SETTLES no shipment, has no GOLD shipment EXPORTED by a holder of A and CONSIGNED_TO a holder of the paying account ' +
      'dated within ±matchDays, and is followed within cashWithinDays by cash withdrawals from A totalling ≥ minCashShare × ' +
      'its amountUsd.',
    subject: 'the receiving account A',
    parameters: {
      purposeContains: 'gold purchase',
      matchDays: 30,
      cashWithinDays: 5,
      minCashShare: 0.8,
      minPayments: 2,
    },
  },
  GOLD_COURIER: {
    rule:
      'A person CARRIED_BY GOLD shipments with transportMode HAND_CARRY such that within some window of windowDays there are ' +
      '≥ minTrips of them or their fineKg totals ≥ minFineKg.',
    subject: 'the courier (person)',
    parameters: { transportMode: 'HAND_CARRY', windowDays: 365, minTrips: 3, minFineKg: 20 },
  },
  GOLD_REFINER_HIGH_RISK: {
    rule:
      'A Refinery RECEIVED_BY ≥ minShipmentsPerYear high-risk GOLD shipments dated in one calendar year. High-risk: FROM_COUNTRY ' +
      'a Country with cahra = true, or materialType in scrapMaterials and FROM_COUNTRY or VIA a Country with transitHub = true.',
    subject: 'the refinery',
    parameters: { minShipmentsPerYear: 3, scrapMaterials: ['SCRAP', 'RECYCLED'] },
  },
  GOLD_MISINVOICING: {
    rule:
      'A company that EXPORTED a GOLD shipment whose declaredValueUsd / (fineKg × usdPerKg) lies outside [1 − maxDeviation, ' +
      '1 + maxDeviation], usdPerKg being the GOLD MarketPrice dated the first day of the shipment’s month (a monthly average; ' +
      'doré sells at a few per cent below it).',
    subject: 'the exporter',
    parameters: { maxDeviation: 0.1 },
  },
  GOLD_THIRD_PARTY_SETTLEMENT: {
    rule:
      'A transfer that SETTLES a shipment where no holder of the paying account is related to the consignee (CONSIGNED_TO) or ' +
      'no holder of the receiving account is related to the exporter (EXPORTED). Related to X: X itself, a party that OWNS X ' +
      'with share ≥ minOwnershipShare, or a company X OWNS with share ≥ minOwnershipShare (a parent paying for its ' +
      'subsidiary is accepted).',
    subject: 'the exporter of the shipment',
    parameters: { minOwnershipShare: 0.5 },
  },
  GOLD_MERCURY: {
    rule:
      'A party that is CONSIGNED_TO a MERCURY shipment or INVOLVED_IN a Seizure with goods MERCURY and lies within maxHops links ' +
      '(either direction, link types in relationships) of a Mine with legalStatus in mineStatuses.',
    subject: 'the party (company or person)',
    parameters: { maxHops: 2, relationships: LINKS_NEAR_MINES, mineStatuses: ['ILLEGAL'] },
  },
  GOLD_CRIMINAL_PROXIMITY: {
    rule:
      'An exporter (Company whose kinds include EXPORTER) or an Official within maxHops links (either direction, link types in ' +
      'relationships, never through a CriminalGroup) of a Person who is MEMBER_OF a CriminalGroup.',
    subject: 'the exporter or official',
    parameters: { maxHops: 3, relationships: ['OWNS', 'DIRECTOR_OF', 'FAMILY_OF', 'ASSOCIATE_OF'] },
  },
  MASS_BALANCE_GAP: {
    rule:
      'A company that in one calendar year was both CONSIGNED_TO and EXPORTED GOLD shipments and whose exported fineKg exceeds ' +
      'its received fineKg by more than tolerance × received and by ≥ minGapKg (metal leaving that never arrived).',
    subject: 'the company',
    parameters: { tolerance: 0.05, minGapKg: 20 },
  },
};
