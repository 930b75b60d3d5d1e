/**
 * Turns property bags into domain records and hands them to the sink: assigns ids, drops
 * absent properties, attaches provenance to fact links and keeps the counts for the manifest.
 */
import type { EntityTypeName, LinkTypeName, Provenance } from '@touchstone/domain';
import type { IdFactory } from './ids';
import type { DatasetCounts, DatasetSink } from './sink';

type Props = Record<string, unknown>;

function present(props: Props | undefined, into: Props): Props {
  if (!props) return into;
  for (const key of Object.keys(props)) {
    const v = props[key];
    if (v !== undefined && v !== null) into[key] = v;
  }
  return into;
}

/** A fact link's provenance travels with the document it came from. */
export interface DocRef {
  id: string;
  provenance: Provenance;
}

export class Emitter {
  constructor(
    private readonly sink: DatasetSink,
    readonly ids: IdFactory,
    readonly counts: DatasetCounts,
  ) {}

  /** Emits an entity and returns its id. */
  entity(type: EntityTypeName, props: Props, id: string = this.ids.next(type)): string {
    this.sink.entity(present(props, { type, id }) as { type: EntityTypeName; id: string });
    this.counts.entities[type] = (this.counts.entities[type] ?? 0) + 1;
    return id;
  }

  /** Emits a fact link carrying the provenance of `doc`. */
  fact(
    type: Exclude<LinkTypeName, 'SUPPORTED_BY'>,
    from: string,
    to: string,
    doc: DocRef,
    props?: Props,
  ): string {
    const record = present(props, { type, id: this.ids.link(), from, to });
    Object.assign(record, doc.provenance);
    return this.push(type, record);
  }

  /** Links an entity to a document it is documented in. */
  supportedBy(entity: string, doc: DocRef): string {
    return this.push('SUPPORTED_BY', { type: 'SUPPORTED_BY', id: this.ids.link(), from: entity, to: doc.id });
  }

  private push(type: LinkTypeName, record: Props): string {
    this.sink.link(record as { type: LinkTypeName; id: string; from: string; to: string });
    this.counts.links[type] = (this.counts.links[type] ?? 0) + 1;
    return record.id as string;
  }
}
