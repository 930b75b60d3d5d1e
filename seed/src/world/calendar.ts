/**
 * The monthly calendar of ordinary money. Each kind of payment has its own days, arranged so
 * that no ordinary account ever pays out within 3 days (72 h) of being paid: money in the
 * background never flows on quickly, so it cannot form cycles, chains, scatter-gather legs or
 * pass-through events. Only planted money moves fast.
 *
 *   d1–2 rent → landlords        d5 tier-0 companies and people pay utility and services
 *   d8 gold buyers pay miners    d10 services pay utility      d11–14 cash at the counter
 *   d15 utility/landlord pay services     d15–16 gold settlements to exporters
 *   d20–23 salaries              d24–25 exporters pay buyers and miners   d26–28 refiners pay traders
 */
import type { Rng } from '../core/rng';
import { DAY, PERIOD_END, daysInMonth, utc } from '../core/time';

export const SLOTS = {
  RENT: [1, 2],
  TIER0: [5, 5],
  MINERS: [8, 8],
  TIER1: [10, 10],
  CASH: [11, 14],
  TIER2: [15, 15],
  SETTLE: [15, 16],
  SALARY: [20, 23],
  LOTS: [24, 25],
  HUB: [26, 28],
} as const;

export type Slot = keyof typeof SLOTS;

/** A business-hours instant (08:00–17:59 UTC) on a day of the slot in the given month. */
export function slotTime(rng: Rng, slot: Slot, year: number, month: number): number {
  const [from, to] = SLOTS[slot];
  const day = Math.min(rng.int(from, to), daysInMonth(year, month));
  return utc(year, month, day, rng.int(8, 17), rng.int(0, 59));
}

/** The first slot instant at least `minDays` after `after`, or undefined past the period end. */
export function nextSlot(rng: Rng, slot: Slot, after: number, minDays: number): number | undefined {
  const earliest = after + minDays * DAY;
  const d = new Date(earliest);
  let year = d.getUTCFullYear();
  let month = d.getUTCMonth() + 1;
  for (let i = 0; i < 3; i++) {
    const [, to] = SLOTS[slot];
    const lastOfSlot = utc(year, month, Math.min(to, daysInMonth(year, month)), 17, 59);
    if (lastOfSlot >= earliest) {
      let t = slotTime(rng, slot, year, month);
      if (t < earliest) t = lastOfSlot;
      return t < PERIOD_END ? t : undefined;
    }
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return undefined;
}
