/**
 * Forensic samples: a specimen of evidence metal (from a shipment or a seizure) measured and
 * compared with mine reference profiles by @touchstone/analytics. The caller states the
 * verdict the story needs on the declared mine; specimens are redrawn (deterministically)
 * until the real scoring function agrees, so stored verdicts are never faked.
 */
import {
  compareToReference,
  populationOf,
  type Comparison,
  type ElementProfile,
} from '@touchstone/analytics';
import type { Rng } from '../core/rng';
import { isoDate, utc } from '../core/time';
import type { Block } from './block';
import { measureSpecimen } from './profiles';
import type { MineRef } from './registry';

const METHOD = 'chi-square on log10 concentrations (diagonal, within-mine spread + lab error), α = 0.01';

export interface EvidenceOptions {
  rng: Rng;
  /** The shipment or seizure the specimen was taken from. */
  takenFrom: string;
  takenOn: number;
  /** The mine the metal really comes from. */
  source: MineRef;
  /** Mines it is compared with (the declared one first, when there is one). */
  candidates: MineRef[];
  form: 'GRAIN' | 'DORE' | 'BAR' | 'JEWELLERY';
  /** Verdict required per candidate mine id (others are free). */
  require?: Record<string, Comparison['verdict']>;
}

export interface EvidenceRef {
  id: string;
  comparisons: Map<string, Comparison>;
}

function population(b: Block) {
  const mines = [...b.world.countries.values()].flatMap((c) => c.mines);
  return (b.world.population ??= populationOf(mines.map((m) => m.profile)));
}

const options = (b: Block) => ({ alpha: 0.01, minElements: 4, specimens: 8, population: population(b) });

/** Emits an EVIDENCE sample with its comparisons, or returns undefined if no draw meets `require`. */
export function sampleEvidence(b: Block, o: EvidenceOptions): EvidenceRef | undefined {
  let specimen: ElementProfile | undefined;
  let results = new Map<string, Comparison>();
  for (let attempt = 0; attempt < 200 && !specimen; attempt++) {
    const drawn = measureSpecimen(o.rng, o.source.profile, o.form === 'BAR');
    results = new Map(o.candidates.map((m) => [m.id, compareToReference(drawn, m.profile, options(b))]));
    const ok = Object.entries(o.require ?? {}).every(
      ([mine, verdict]) => results.get(mine)?.verdict === verdict,
    );
    if (ok) specimen = drawn;
  }
  if (!specimen) return undefined;
  const rng = o.rng;
  const doc = b.docs.create({
    title: `Forensic assay report ${rng.digits(4)}/${new Date(o.takenOn).getUTCFullYear()} — gold ${o.form.toLowerCase()} specimen`,
    kind: 'LAB_REPORT',
    date: o.takenOn + rng.int(10, 60) * 86_400_000,
  });
  const id = b.emit.entity('Sample', {
    sampleKind: 'EVIDENCE',
    form: o.form,
    lab: 'Regional Precious Metals Profiling Laboratory',
    method: 'LA-ICP-MS, median of 5 spots',
    takenDate: isoDate(Math.min(o.takenOn, utc(2025, 12, 31))),
    ...specimen,
  });
  b.emit.supportedBy(id, doc);
  b.emit.fact('TAKEN_FROM', id, o.takenFrom, doc);
  for (const mine of o.candidates) {
    const c = results.get(mine.id)!;
    b.emit.fact('COMPARED_WITH', id, mine.id, doc, {
      distance: Number(c.distance.toFixed(4)),
      degreesOfFreedom: c.degreesOfFreedom,
      pValue: Number(c.pValue.toPrecision(6)),
      logLikelihoodRatio: Number((c.logLikelihoodRatio ?? 0).toFixed(3)),
      verdict: c.verdict,
      method: METHOD,
    });
  }
  return { id, comparisons: results };
}
