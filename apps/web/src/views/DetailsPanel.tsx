/**
 * Details of the focused entity or link: every property, the links by type with counts, and the
 * provenance of each fact — source document, who entered it and when, and its reliability
 * grades — with a button to open the source record itself on the chart.
 */
import { useEffect, useState } from 'react';
import { addEntities, expand } from '../actions/explore';
import { formatUsd } from '../chart/merge-api-graph';
import * as Q from '../graphql/operations';
import type { ApiNode, Provenance } from '../graphql/types';
import { useChartVersion } from '../state/chart-store';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';

interface EntityReply {
  entity: {
    node: ApiNode;
    links: { type: string; direction: string; count: number }[];
    sources: ApiNode[];
  };
}

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  if (Array.isArray(value)) return <>{value.map(String).join(', ')}</>;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('latitude' in v) return <>{`${Number(v.latitude).toFixed(4)}, ${Number(v.longitude).toFixed(4)}`}</>;
    return <>{JSON.stringify(value)}</>;
  }
  if (typeof value === 'boolean') return <>{value ? 'yes' : 'no'}</>;
  return <>{String(value)}</>;
}

function Properties({ properties }: { properties: Record<string, unknown> }) {
  const entries = Object.entries(properties).filter(([k]) => k !== 'id');
  return (
    <dl className="properties" data-testid="properties">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            <Value value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ProvenanceView({ provenance, onOpenSource }: { provenance: Provenance | null; onOpenSource: (id: string) => void }) {
  if (!provenance) return <p className="muted">Not a fact from a source (a structural link).</p>;
  return (
    <div className="provenance" data-testid="provenance">
      <div>
        <strong>Source:</strong> {provenance.sourceTitle ?? provenance.sourceId ?? 'unknown'}
        {provenance.sourceKind && <small> ({provenance.sourceKind})</small>}
        {provenance.sourceDate && <small> · {provenance.sourceDate}</small>}
      </div>
      <div>
        <strong>Grade:</strong> <span className="grade">{provenance.grade ?? '—'}</span>
        <small>
          {' '}
          source reliability {provenance.sourceReliability ?? '?'}, information {provenance.infoReliability ?? '?'}
        </small>
      </div>
      <div>
        <strong>Entered:</strong> {provenance.enteredBy ?? '—'} {provenance.enteredAt && <small>on {provenance.enteredAt.slice(0, 10)}</small>}
      </div>
      {provenance.sourceId && (
        <button className="link" onClick={() => onOpenSource(provenance.sourceId!)}>
          Open the source record
        </button>
      )}
    </div>
  );
}

export function DetailsPanel() {
  const wb = useWorkbench();
  useChartVersion(wb.chart);
  const focus = useStore(wb.ui, (s) => s.focus);
  const [entity, setEntity] = useState<EntityReply['entity'] | null>(null);
  const openSource = (id: string) =>
    void wb.run('Open source', async () => {
      const reply = await wb.api.request<{ entity: { node: ApiNode } }>(Q.ENTITY, { id, linksPerType: 1 });
      await addEntities(wb, [reply.entity.node], `Add source ${reply.entity.node.attributes.label}`);
    });

  useEffect(() => {
    setEntity(null);
    if (focus?.kind !== 'node') return;
    let live = true;
    void wb
      .run('Load details', () => wb.api.request<EntityReply>(Q.ENTITY, { id: focus.key, linksPerType: 5 }))
      .then((reply) => live && reply && setEntity(reply.entity));
    return () => {
      live = false;
    };
  }, [focus, wb]);

  if (!focus) return <p className="muted">Click an entity or a link to see its details and sources.</p>;
  const g = wb.chart.graph;

  if (focus.kind === 'edge') {
    if (!g.hasEdge(focus.key)) return <p className="muted">This link is no longer on the chart.</p>;
    const a = g.getEdgeAttributes(focus.key);
    const [source, target] = g.extremities(focus.key);
    return (
      <section className="details" data-testid="details">
        <h2>{a.linkType === 'PAID' ? 'Money' : a.linkType}</h2>
        <p>
          {g.getNodeAttribute(source, 'label')} → {g.getNodeAttribute(target, 'label')}
        </p>
        {a.money && (
          <dl className="properties">
            <div>
              <dt>transfers</dt>
              <dd>{a.money.count}</dd>
            </div>
            <div>
              <dt>total</dt>
              <dd>{formatUsd(a.money.totalUsd)}</dd>
            </div>
            <div>
              <dt>first</dt>
              <dd>{a.money.firstAt}</dd>
            </div>
            <div>
              <dt>last</dt>
              <dd>{a.money.lastAt}</dd>
            </div>
          </dl>
        )}
        <Properties properties={a.properties} />
        {a.annotation && <p className="annotation">✎ {a.annotation}</p>}
        <h3>Provenance</h3>
        {a.money ? (
          <p>
            {a.money.sourceIds.length ? (
              a.money.sourceIds.map((id) => (
                <button key={id} className="link" onClick={() => openSource(id)}>
                  {id}
                </button>
              ))
            ) : (
              <span className="muted">No source documents recorded.</span>
            )}
          </p>
        ) : (
          <ProvenanceView provenance={a.provenance} onOpenSource={openSource} />
        )}
      </section>
    );
  }

  if (!g.hasNode(focus.key)) return <p className="muted">This entity is no longer on the chart.</p>;
  const a = g.getNodeAttributes(focus.key);
  const incident = g.edges(focus.key).map((e) => g.getEdgeAttributes(e));
  return (
    <section className="details" data-testid="details">
      <h2 data-testid="details-title">{a.label}</h2>
      <p className="muted">
        {a.types.join(' · ')} · <code>{focus.key}</code>
        {a.caseId && <> · restricted to case {a.caseId}</>}
      </p>
      {a.annotation && <p className="annotation">✎ {a.annotation}</p>}
      <Properties properties={a.properties} />
      <h3>Links</h3>
      {entity ? (
        <ul className="link-groups">
          {entity.links.map((l) => (
            <li key={`${l.type}-${l.direction}`}>
              <button className="link" onClick={() => void expand(wb, [focus.key], { linkTypes: [l.type], direction: l.direction as 'IN' | 'OUT' })}>
                {l.type} {l.direction === 'OUT' ? '→' : '←'} <strong>{l.count}</strong>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Loading…</p>
      )}
      <h3>Facts on the chart and their sources</h3>
      {incident.filter((e) => e.provenance).length === 0 && <p className="muted">No sourced links on the chart yet.</p>}
      {incident
        .filter((e) => e.provenance)
        .slice(0, 30)
        .map((e, i) => (
          <div key={i} className="fact">
            <strong>{e.linkType}</strong>
            <ProvenanceView provenance={e.provenance} onOpenSource={openSource} />
          </div>
        ))}
      {entity && entity.sources.length > 0 && (
        <>
          <h3>Documents</h3>
          <ul>
            {entity.sources.map((s) => (
              <li key={s.key}>
                <button className="link" onClick={() => openSource(s.key)}>
                  {s.attributes.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
