/**
 * Source documents: every fact link cites one. A document is created (and emitted) the first
 * time a key asks for it, graded by its kind (i2: source A–F, information 1–6) and stamped with
 * who entered it and when — always after the document's own date, never from the clock.
 */
import { createHash } from 'node:crypto';
import type { DOCUMENT_KINDS, Provenance } from '@touchstone/domain';
import type { DocRef, Emitter } from './emitter';
import type { Rng } from './rng';
import { DAY, HOUR, isoDate, isoDateTime, utc } from './time';

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What a document says about itself. */
export interface DocSpec {
  title: string;
  kind: DocumentKind;
  /** Date of the document (epoch ms). */
  date: number;
  url?: string;
  /** Overrides the usual grade of the kind, e.g. a weak intelligence report. */
  grade?: [Provenance['sourceReliability'], Provenance['infoReliability']];
}

const GRADES: Record<DocumentKind, [Provenance['sourceReliability'], Provenance['infoReliability']]> = {
  CUSTOMS_DECLARATION: ['B', '2'],
  BANK_STATEMENT: ['A', '1'],
  REGISTRY_EXTRACT: ['A', '2'],
  LAB_REPORT: ['A', '1'],
  INTELLIGENCE_REPORT: ['C', '3'],
  COURT_RECORD: ['A', '1'],
  LICENCE_REGISTER: ['A', '2'],
  TRADE_STATISTICS: ['B', '2'],
  SEIZURE_REPORT: ['A', '1'],
  OPEN_SOURCE: ['C', '3'],
};

const ANALYSTS: Record<DocumentKind, readonly string[]> = {
  CUSTOMS_DECLARATION: ['customs.liaison.02', 'customs.liaison.05', 'analyst.trade.01'],
  BANK_STATEMENT: ['fiu.analyst.03', 'fiu.analyst.07', 'fiu.analyst.11'],
  REGISTRY_EXTRACT: ['case.analyst.01', 'case.analyst.04'],
  LAB_REPORT: ['lab.officer.02', 'lab.officer.06'],
  INTELLIGENCE_REPORT: ['intel.officer.03', 'intel.officer.09'],
  COURT_RECORD: ['prosecutor.office.01', 'case.analyst.04'],
  LICENCE_REGISTER: ['case.analyst.02', 'mining.liaison.01'],
  TRADE_STATISTICS: ['analyst.trade.01', 'analyst.trade.04'],
  SEIZURE_REPORT: ['enforcement.liaison.02', 'enforcement.liaison.08'],
  OPEN_SOURCE: ['osint.analyst.05', 'osint.analyst.06'],
};

const LAST_ENTRY = utc(2026, 3, 31, 18);

export class Documents {
  private readonly byKey = new Map<string, DocRef>();

  constructor(
    private readonly emit: Emitter,
    private readonly rng: Rng,
  ) {}

  /** The document for `key`, created from `spec()` on first use. */
  get(key: string, spec: () => DocSpec): DocRef {
    const known = this.byKey.get(key);
    if (known) return known;
    const doc = this.create(spec());
    this.byKey.set(key, doc);
    return doc;
  }

  /** A document used once (not shared by key). */
  create(spec: DocSpec): DocRef {
    const id = this.emit.ids.next('SourceDocument');
    const enteredBy = this.rng.pick(ANALYSTS[spec.kind]);
    const entered = Math.min(LAST_ENTRY, spec.date + this.rng.int(4, 60) * DAY + this.rng.int(8, 17) * HOUR);
    const [sourceReliability, infoReliability] = spec.grade ?? GRADES[spec.kind];
    this.emit.entity(
      'SourceDocument',
      {
        title: spec.title,
        documentKind: spec.kind,
        date: isoDate(spec.date),
        fileHash: createHash('sha256').update(`${id}\n${spec.title}`).digest('hex'),
        enteredBy,
        url: spec.url,
      },
      id,
    );
    return {
      id,
      provenance: {
        sourceId: id,
        enteredBy,
        enteredAt: isoDateTime(entered),
        sourceReliability,
        infoReliability,
      },
    };
  }
}
