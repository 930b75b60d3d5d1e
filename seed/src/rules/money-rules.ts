/**
 * Default detection rules of the money-laundering typologies (TYPOLOGIES §2.3, defaults from §6).
 * Written so a Cypher author can implement them exactly; the seed's tests implement them in
 * plain TypeScript and check they find the planted subjects and nothing else.
 */
import type { PatternRule } from '../truth/ground-truth';

type MoneyPattern =
  | 'MONEY_CYCLE'
  | 'MONEY_FAN_OUT'
  | 'MONEY_FAN_IN'
  | 'MONEY_SCATTER_GATHER'
  | 'MONEY_GATHER_SCATTER'
  | 'MONEY_BIPARTITE'
  | 'MONEY_STRUCTURING'
  | 'MONEY_RAPID_PASS_THROUGH'
  | 'MONEY_LAYERING_CHAIN'
  | 'MONEY_ROUND_TRIPPING';

export const MONEY_RULES: Record<MoneyPattern, PatternRule> = {
  MONEY_CYCLE: {
    rule:
      'A simple cycle of transfers a0→a1→…→a(n−1)→a0 over n distinct accounts (minAccounts ≤ n ≤ maxAccounts) in which each ' +
      'transfer is strictly later than the previous one and at most maxHopDays after it, each amountUsd is between ' +
      'minRetention and maxRetention times the previous transfer’s amountUsd, the first transfer is ≥ minAmountUsd and the ' +
      'last one is at most maxCycleDays after the first.',
    subject: 'a0, the account whose outgoing transfer opens the cycle (the only chronological rotation)',
    parameters: {
      minAccounts: 3,
      maxAccounts: 8,
      maxHopDays: 3,
      maxCycleDays: 30,
      minRetention: 0.8,
      maxRetention: 1,
      minAmountUsd: 10_000,
    },
  },
  MONEY_FAN_OUT: {
    rule:
      'An account that, within a window of windowDays starting at one of its transfers, sends transfers to at least ' +
      'minCounterparties distinct counterparties totalling ≥ minTotalUsd. With oneOffCounterpartiesOnly a counterparty counts ' +
      'only when every transfer ever sent by this account to it lies inside the window (recurring payees such as payroll do not).',
    subject: 'the sending account',
    parameters: { windowDays: 7, minCounterparties: 5, minTotalUsd: 20_000, oneOffCounterpartiesOnly: true },
  },
  MONEY_FAN_IN: {
    rule:
      'An account that, within a window of windowDays starting at one of its incoming transfers, receives transfers from at ' +
      'least minCounterparties distinct counterparties totalling ≥ minTotalUsd. With oneOffCounterpartiesOnly a counterparty ' +
      'counts only when every transfer it ever sent to this account lies inside the window (recurring payers such as tenants do not).',
    subject: 'the receiving account',
    parameters: { windowDays: 7, minCounterparties: 5, minTotalUsd: 20_000, oneOffCounterpartiesOnly: true },
  },
  MONEY_SCATTER_GATHER: {
    rule:
      'A source account o and a sink account b ≠ o joined through at least minIntermediaries distinct intermediary accounts m: ' +
      'for each m a transfer o→m and a transfer m→b strictly later and at most maxHopDays after it, whose amountUsd is between ' +
      'minRetention and maxRetention times the o→m amount. The o→m transfers of these legs total ≥ minTotalUsd.',
    subject: 'the source account o',
    parameters: {
      minIntermediaries: 3,
      maxHopDays: 3,
      minRetention: 0.8,
      maxRetention: 1,
      minTotalUsd: 20_000,
    },
  },
  MONEY_GATHER_SCATTER: {
    rule:
      'A hub account h and one of its incoming transfers at time T such that h received transfers from ≥ minSenders distinct ' +
      'accounts in [T − gatherWindowDays, T] and then sent transfers to ≥ minReceivers distinct accounts (none of them a sender) ' +
      'in (T, T + scatterWithinDays]; the sent total is between minRetention and maxRetention times the received total, and ' +
      'the received total is ≥ minTotalUsd.',
    subject: 'the hub account',
    parameters: {
      gatherWindowDays: 7,
      scatterWithinDays: 3,
      minSenders: 3,
      minReceivers: 3,
      minRetention: 0.8,
      maxRetention: 1,
      minTotalUsd: 20_000,
    },
  },
  MONEY_BIPARTITE: {
    rule:
      'Within a window of windowDays, ≥ minOriginators originator accounts and ≥ minBeneficiaries beneficiary accounts such ' +
      'that every originator sent a transfer to every beneficiary inside the window; with oneOffPairsOnly every such pair must ' +
      'be one-off (all transfers of the pair lie inside the window). Blocks sharing accounts form one structure; a stack is ' +
      'two blocks chained through a middle layer.',
    subject:
      'the smallest id (string order) among the top-layer originators of the structure (originators that are not beneficiaries of another of its blocks)',
    parameters: { windowDays: 10, minOriginators: 2, minBeneficiaries: 3, oneOffPairsOnly: true },
  },
  MONEY_STRUCTURING: {
    rule:
      'An account receiving ≥ minDeposits cash deposits (channel CASH_DEPOSIT) whose amountUsd is in ' +
      '[lowerFraction × thresholdUsd, thresholdUsd), all within windowDays of the first of them. One depositor ' +
      '(structuring) or several via DEPOSITED_BY (smurfing) alike.',
    subject: 'the receiving account',
    parameters: { thresholdUsd: 10_000, lowerFraction: 0.8, windowDays: 10, minDeposits: 3 },
  },
  MONEY_RAPID_PASS_THROUGH: {
    rule:
      'An account with ≥ minEvents pass-through events. An event is an incoming transfer or cash deposit of amountUsd ≥ ' +
      'minInflowUsd followed, within maxHours after it, by outgoing transfers and cash withdrawals of the same account ' +
      'totalling ≥ minPassThrough × its amount.',
    subject: 'the account',
    parameters: { minInflowUsd: 5_000, maxHours: 48, minPassThrough: 0.8, minEvents: 3 },
  },
  MONEY_LAYERING_CHAIN: {
    rule:
      'A path of ≥ minHops transfers a0→a1→…→ak over distinct accounts, each transfer strictly later than the previous one ' +
      'and at most maxHopDays after it, each amountUsd between minRetention and maxRetention times the previous one, the ' +
      'first ≥ minAmountUsd (search up to maxHops). The chain is taken from its start: no transfer into a0 within maxHopDays ' +
      'before the first hop would qualify as a previous hop.',
    subject: 'a0, the account that starts the chain',
    parameters: {
      minHops: 5,
      maxHops: 10,
      maxHopDays: 3,
      minRetention: 0.9,
      maxRetention: 1,
      minAmountUsd: 10_000,
    },
  },
  MONEY_ROUND_TRIPPING: {
    rule:
      'A path of 2..maxHops transfers from account a1 to a different account a2, each strictly later than the previous one ' +
      'and at most maxHopDays after it, each amountUsd between minRetention and 1 times the previous one, the first ≥ ' +
      'minAmountUsd; a1 and a2 have the same BankAccount.country and some intermediate account another country; one person ' +
      'controls both ends: holds the account, or reaches its holder through OWNS/DIRECTOR_OF links of at most maxControlHops.',
    subject: 'the person controlling both ends',
    parameters: { maxHops: 4, maxHopDays: 30, minRetention: 0.8, minAmountUsd: 50_000, maxControlHops: 2 },
  },
};
