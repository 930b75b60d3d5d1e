/** Controlled vocabularies of the domain, one list per property (values are SCREAMING_SNAKE). */

export const COMPANY_KINDS = ['EXPORTER', 'TRADER', 'GOLD_BUYER', 'REFINER', 'MINER', 'HOLDING', 'SERVICES', 'OTHER'] as const;
export const MINE_LEGAL_STATUSES = ['LICENSED', 'INFORMAL', 'ILLEGAL'] as const;
export const MINE_TYPES = ['LARGE_SCALE', 'ARTISANAL', 'ALLUVIAL', 'HARD_ROCK'] as const;
export const LICENCE_TYPES = ['MINING_CONCESSION', 'EXPORT_LICENCE', 'TRADER_REGISTRATION', 'MERCURY_IMPORT_PERMIT'] as const;
export const LICENCE_STATUSES = ['ACTIVE', 'SUSPENDED', 'EXPIRED', 'REVOKED'] as const;
export const TRANSACTION_CHANNELS = ['WIRE', 'CASH_DEPOSIT', 'CASH_WITHDRAWAL', 'CHEQUE', 'CARD', 'CRYPTO'] as const;
export const COMMODITIES = ['GOLD', 'MERCURY', 'SILVER', 'CASH'] as const;
export const TRANSPORT_MODES = ['AIR_CARGO', 'HAND_CARRY', 'COURIER', 'ROAD', 'SEA'] as const;
export const MATERIAL_TYPES = ['MINED', 'DORE', 'SCRAP', 'RECYCLED', 'BARS', 'JEWELLERY'] as const;
export const SEIZED_GOODS = ['GOLD', 'CASH', 'MERCURY', 'EQUIPMENT'] as const;
export const SAMPLE_FORMS = ['GRAIN', 'DORE', 'BAR', 'JEWELLERY', 'ORE'] as const;
export const SAMPLE_KINDS = ['EVIDENCE', 'REFERENCE'] as const;
export const COMPARISON_VERDICTS = ['CONSISTENT', 'EXCLUDED', 'INCONCLUSIVE'] as const;
export const PROSECUTION_STATUSES = ['INVESTIGATION', 'CHARGED', 'TRIAL', 'CONCLUDED', 'DISMISSED'] as const;
export const VERDICTS = ['PENDING', 'CONVICTED', 'ACQUITTED', 'PLEA', 'DISMISSED'] as const;
export const ADDRESS_KINDS = ['RESIDENTIAL', 'BUSINESS', 'REGISTERED_AGENT', 'PO_BOX'] as const;
export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export const AREA_KINDS = ['PROTECTED_AREA', 'INDIGENOUS_TERRITORY', 'WORLD_HERITAGE_SITE'] as const;
export const DOCUMENT_KINDS = [
  'CUSTOMS_DECLARATION',
  'BANK_STATEMENT',
  'REGISTRY_EXTRACT',
  'LAB_REPORT',
  'INTELLIGENCE_REPORT',
  'COURT_RECORD',
  'LICENCE_REGISTER',
  'TRADE_STATISTICS',
  'SEIZURE_REPORT',
  'OPEN_SOURCE',
] as const;
export const ACCREDITATIONS = ['LBMA_GOOD_DELIVERY', 'NATIONAL', 'NONE'] as const;
/** i2 / Admiralty grading: reliability of the source (A = completely reliable … F = cannot be judged). */
export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** i2 / Admiralty grading: credibility of the information (1 = confirmed … 6 = cannot be judged). */
export const INFORMATION_RELIABILITY = ['1', '2', '3', '4', '5', '6'] as const;
