/**
 * Default detection rules of the corporate typologies: shell networks, circular ownership and
 * owners hidden behind chains (TYPOLOGIES A12–A13). Thresholds are scaled to a case file rather
 * than a national registry (a registered agent in a real registry hosts thousands).
 */
import type { PatternRule } from '../truth/ground-truth';

type CorporatePattern = 'CORP_SHELL_NETWORK' | 'CORP_CIRCULAR_OWNERSHIP' | 'CORP_HIDDEN_OWNER';

export const CORPORATE_RULES: Record<CorporatePattern, PatternRule> = {
  CORP_SHELL_NETWORK: {
    rule:
      '(a) an Address at which ≥ minCompaniesAtAddress companies are REGISTERED_AT (mass-registration address), or (b) a ' +
      'Person who is DIRECTOR_OF ≥ minDirectorships companies (nominee director). Shared PHONE/EMAIL identifiers are ' +
      'corroboration, not a criterion.',
    subject: 'the Address (a) or the Person (b)',
    parameters: { minCompaniesAtAddress: 6, minDirectorships: 5 },
  },
  CORP_CIRCULAR_OWNERSHIP: {
    rule: 'A simple directed cycle of OWNS links through minCompanies..maxCompanies distinct companies.',
    subject: 'the company with the smallest id (string order) in the cycle',
    parameters: { minCompanies: 2, maxCompanies: 6 },
  },
  CORP_HIDDEN_OWNER: {
    rule:
      'A person P and a company C with no direct P-OWNS->C link, where P’s effective share in C — the sum over simple OWNS ' +
      'paths P→…→C (up to maxChainLength links) of the product of their share values — is ≥ uboThreshold and the longest ' +
      'such path has ≥ minChainLength links.',
    subject: 'the person P',
    parameters: { uboThreshold: 0.25, minChainLength: 3, maxChainLength: 8 },
  },
};
