/**
 * Ordinary money over 2019–2025: salaries, rent, utility and service bills, cash at the counter
 * and domestic gold-lot purchases, each on its calendar days (calendar.ts) and each between the
 * same parties month after month, so no payee is ever a one-off and no money moves on fast.
 * Each account's statement covers a window of one to four years.
 */
import type { Rng } from '../core/rng';
import { FIRST_YEAR } from '../core/time';
import { cashDeposit, cashWithdrawal, transfer } from '../factory/money';
import type { Block } from './block';
import { slotTime, type Slot } from './calendar';
import { priceAt } from './reference-world';
import type { AccountRef, CompanyRef, CountryWorld } from './registry';

interface Window {
  first: number;
  last: number;
}

/** A window of `months` (a random length in the range) within the 84 months of the period. */
function coverage(rng: Rng, min: number, max: number): Window {
  const months = rng.int(min, max);
  const first = rng.int(0, 84 - months);
  return { first, last: first + months - 1 };
}

/** Calls `fn(year, month)` every `every` months of the window, from a random phase. */
function monthly(rng: Rng, w: Window, every: number, fn: (year: number, month: number) => void): void {
  for (let i = w.first + rng.int(0, every - 1); i <= w.last; i += every)
    fn(FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1);
}

function bill(
  b: Block,
  rng: Rng,
  from: AccountRef | undefined,
  to: AccountRef | undefined,
  slot: Slot,
  w: Window,
  every: number,
  usd: [number, number],
  purpose: string,
): void {
  if (!from || !to) return;
  const base = rng.float(usd[0], usd[1]);
  monthly(rng, w, every, (y, m) =>
    transfer(b, rng, from, to, slotTime(rng, slot, y, m), base * rng.float(0.9, 1.1), purpose),
  );
}

export function buildOrdinaryMoney(b: Block, cw: CountryWorld): void {
  const rng = b.rng.fork(`money:${cw.info.iso}`);
  const { utility, landlord, services, retail } = cw;
  if (!utility || !landlord || !services || !retail) return;

  for (const job of b.world.employments.filter((e) => e.person.country === cw.info.iso)) {
    const payer = job.employer === 'treasury' ? cw.treasury : job.employer.account;
    const own = job.person.account;
    if (!payer || !own) continue;
    const w = coverage(rng, 15, 24);
    monthly(rng, w, 1, (y, m) =>
      transfer(
        b,
        rng,
        payer,
        own,
        slotTime(rng, 'SALARY', y, m),
        job.salaryUsd * rng.float(0.99, 1.01),
        'salary',
      ),
    );
    if (job.tenant)
      bill(b, rng, own, landlord.account, 'RENT', w, 1, [job.salaryUsd * 0.25, job.salaryUsd * 0.4], 'rent');
    bill(
      b,
      rng,
      own,
      utility.account,
      'TIER0',
      w,
      3,
      [job.salaryUsd * 0.03, job.salaryUsd * 0.08],
      'utility bill',
    );
    monthly(rng, w, 3, (y, m) =>
      cashWithdrawal(
        b,
        rng,
        own,
        job.person,
        slotTime(rng, 'CASH', y, m),
        job.salaryUsd * rng.float(0.1, 0.3),
      ),
    );
  }

  const tier0: CompanyRef[] = [...cw.exporters, ...cw.buyers, ...cw.miners, retail];
  for (const c of tier0) {
    const w = coverage(rng, 24, 36);
    bill(b, rng, c.account, utility.account, 'TIER0', w, 3, [300, 3000], 'electricity and water');
    bill(b, rng, c.account, services.account, 'TIER0', w, 6, [1000, 8000], 'maintenance services');
    if (c === retail || cw.buyers.includes(c))
      bill(b, rng, c.account, landlord.account, 'RENT', coverage(rng, 12, 24), 1, [800, 5000], 'office rent');
  }
  bill(
    b,
    rng,
    services.account,
    utility.account,
    'TIER1',
    coverage(rng, 24, 36),
    2,
    [400, 2500],
    'electricity and water',
  );
  for (const c of [utility, landlord])
    bill(
      b,
      rng,
      c.account,
      services.account,
      'TIER2',
      coverage(rng, 24, 36),
      3,
      [1500, 9000],
      'technical services',
    );

  const cashier = b.world.employments.find((e) => e.employer === retail)?.person;
  const till = retail.account;
  if (cashier && till) {
    monthly(rng, coverage(rng, 18, 30), 1, (y, m) =>
      cashDeposit(b, rng, till, cashier, slotTime(rng, 'CASH', y, m), rng.float(1500, 7400), 'shop takings'),
    );
  }

  for (const p of cw.purchases) {
    const slot: Slot = p.buyer.kinds.includes('EXPORTER') ? 'LOTS' : 'MINERS';
    const from = p.buyer.account;
    const to = p.seller.account;
    if (!from || !to) continue;
    monthly(rng, coverage(rng, 24, 48), 4, (y, m) => {
      const at = slotTime(rng, slot, y, m);
      transfer(
        b,
        rng,
        from,
        to,
        at,
        (p.kgPerYear / 3) * priceAt(b, at) * rng.float(0.85, 1.15),
        'mineral lot purchase',
      );
    });
  }
}
