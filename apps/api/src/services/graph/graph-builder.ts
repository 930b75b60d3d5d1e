/**
 * Builds the serialised graph of an operation from node, link and money-flow rows: each entity
 * once, each link once, transactions between two accounts folded into one `PAID` edge, and edges
 * kept only when both ends are in the graph, so graphology can always import the result.
 */
import { PROVENANCE_KEYS } from '@touchstone/domain';
import { displayLabel, mainTypeOf } from './display-label';
import {
  MAX_TRANSACTION_IDS,
  PAID,
  paidKey,
  type GraphEdge,
  type GraphNode,
  type MoneyFlow,
  type Provenance,
  type SerializedGraph,
} from './graph-shape';
import type { Plain } from './graph-shape';

type Props = { [key: string]: Plain };

/** A node as graph queries project it (see `nodeMap`). */
export interface NodeRow {
  id: string;
  labels: string[];
  properties: Props;
}

/** A link as graph queries project it (see `linkMap`). */
export interface LinkRow {
  id: string | null;
  type: string;
  from: string;
  to: string;
  properties: Props;
}

/** Transactions from one account to another, aggregated by a query. */
export interface FlowRow {
  from: string;
  to: string;
  count: number;
  totalUsd: number;
  firstAt: string | null;
  lastAt: string | null;
  transactionIds: string[];
  sourceIds: string[];
}

/** One transaction, to be folded into the edge between its accounts. */
export interface TransferRow {
  id: string;
  amountUsd: number;
  timestamp: string | null;
  sourceId: string | null;
}

const HIDDEN_LINK_KEYS = new Set(['id', 'caseId', ...PROVENANCE_KEYS]);
const str = (v: Plain | undefined): string | null => (typeof v === 'string' ? v : null);

function provenanceOf(p: Props): Provenance | null {
  if (!PROVENANCE_KEYS.some((k) => p[k] !== undefined && p[k] !== null)) return null;
  const sourceReliability = str(p.sourceReliability);
  const infoReliability = str(p.infoReliability);
  return {
    sourceId: str(p.sourceId),
    sourceTitle: null,
    sourceKind: null,
    sourceDate: null,
    enteredBy: str(p.enteredBy),
    enteredAt: str(p.enteredAt),
    sourceReliability,
    infoReliability,
    grade: sourceReliability && infoReliability ? `${sourceReliability}${infoReliability}` : null,
  };
}

function flowLabel(flow: MoneyFlow): string {
  const total = `${Math.round(flow.totalUsd).toLocaleString('en-US')} USD`;
  return flow.count === 1 ? total : `${flow.count} payments, ${total}`;
}

/** Accumulates one operation's graph. */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly transfers = new Map<string, Map<string, TransferRow>>();
  /** Keys of links that were folded into a money edge, to the key of that edge. */
  private readonly folded = new Map<string, string>();

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  /** Adds an entity (once); returns its graph node. */
  addNode(row: NodeRow): GraphNode {
    const existing = this.nodes.get(row.id);
    if (existing) return existing;
    const type = mainTypeOf(row.id, row.labels);
    const node: GraphNode = {
      key: row.id,
      attributes: {
        label: displayLabel(type, row.id, row.properties),
        type,
        types: row.labels.filter((l) => l !== 'Entity'),
        caseId: str(row.properties.caseId),
        properties: row.properties,
      },
    };
    this.nodes.set(row.id, node);
    return node;
  }

  /** Adds a link between two nodes of the graph; returns its key, or undefined when an end is missing. */
  addLink(row: LinkRow): string | undefined {
    if (!this.nodes.has(row.from) || !this.nodes.has(row.to)) return undefined;
    const key = row.id ?? `${row.type}:${row.from}>${row.to}`;
    if (this.folded.has(key)) return this.folded.get(key);
    if (!this.edges.has(key)) {
      const properties = Object.fromEntries(
        Object.entries(row.properties).filter(([k]) => !HIDDEN_LINK_KEYS.has(k)),
      );
      this.edges.set(key, {
        key,
        source: row.from,
        target: row.to,
        attributes: {
          type: row.type,
          label: row.type.toLowerCase().replace(/_/g, ' '),
          caseId: str(row.properties.caseId),
          properties,
          provenance: provenanceOf(row.properties),
          money: null,
        },
      });
    }
    return key;
  }

  /** Sets the aggregated money edge between two accounts from a query's aggregate. */
  addFlow(row: FlowRow): string | undefined {
    if (!this.nodes.has(row.from) || !this.nodes.has(row.to)) return undefined;
    const key = paidKey(row.from, row.to);
    const existing = this.edges.get(key)?.attributes.money;
    if (existing && existing.count >= row.count) return key;
    const money: MoneyFlow = {
      count: row.count,
      totalUsd: row.totalUsd,
      firstAt: row.firstAt,
      lastAt: row.lastAt,
      transactionIds: row.transactionIds.slice(0, MAX_TRANSACTION_IDS),
      complete: row.transactionIds.length >= row.count,
      sourceIds: [...new Set(row.sourceIds)],
    };
    this.edges.set(key, {
      key,
      source: row.from,
      target: row.to,
      attributes: {
        type: PAID,
        label: flowLabel(money),
        caseId: null,
        properties: {},
        provenance: null,
        money,
      },
    });
    return key;
  }

  /** Folds one transaction into the money edge between its accounts (each transaction counted once). */
  addTransfer(from: string, to: string, transfer: TransferRow): string | undefined {
    if (!this.nodes.has(from) || !this.nodes.has(to)) return undefined;
    const key = paidKey(from, to);
    let byId = this.transfers.get(key);
    if (!byId) this.transfers.set(key, (byId = new Map()));
    byId.set(transfer.id, transfer);
    const list = [...byId.values()].sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? ''));
    const times = list.map((t) => t.timestamp).filter((t): t is string => t !== null);
    const money: MoneyFlow = {
      count: list.length,
      totalUsd: list.reduce((s, t) => s + t.amountUsd, 0),
      firstAt: times[0] ?? null,
      lastAt: times[times.length - 1] ?? null,
      transactionIds: list.slice(0, MAX_TRANSACTION_IDS).map((t) => t.id),
      complete: list.length <= MAX_TRANSACTION_IDS,
      sourceIds: [...new Set(list.map((t) => t.sourceId).filter((s): s is string => s !== null))],
    };
    this.edges.set(key, {
      key,
      source: from,
      target: to,
      attributes: {
        type: PAID,
        label: flowLabel(money),
        caseId: null,
        properties: {},
        provenance: null,
        money,
      },
    });
    return key;
  }

  /**
   * Replaces each transaction node that only joins two accounts of the graph (one SENT in, one TO
   * out, nothing else) by the money edge between them. Returns the keys of what was folded, each
   * mapped to the money edge that replaced it (transaction ids map too).
   */
  foldTransactions(): Map<string, string> {
    // Edges by the transactions they touch, built once: a graph can hold thousands of each. Folding
    // a transaction removes only its own SENT and TO edges, so the other lists stay accurate.
    const byTransaction = new Map<string, GraphEdge[]>();
    for (const e of this.edges.values()) {
      for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
        if (this.nodes.get(end)?.attributes.type !== 'Transaction') continue;
        const list = byTransaction.get(end);
        if (list) list.push(e);
        else byTransaction.set(end, [e]);
      }
    }
    for (const node of [...this.nodes.values()]) {
      if (node.attributes.type !== 'Transaction') continue;
      const touching = byTransaction.get(node.key) ?? [];
      const sent = touching.find((e) => e.attributes.type === 'SENT' && e.target === node.key);
      const to = touching.find((e) => e.attributes.type === 'TO' && e.source === node.key);
      if (!sent || !to || touching.length !== 2) continue;
      if (
        this.nodes.get(sent.source)?.attributes.type !== 'BankAccount' ||
        this.nodes.get(to.target)?.attributes.type !== 'BankAccount'
      )
        continue;
      const p = node.attributes.properties;
      this.edges.delete(sent.key);
      this.edges.delete(to.key);
      this.nodes.delete(node.key);
      const key = this.addTransfer(sent.source, to.target, {
        id: node.key,
        amountUsd: typeof p.amountUsd === 'number' ? p.amountUsd : 0,
        timestamp: str(p.timestamp),
        sourceId: sent.attributes.provenance?.sourceId ?? null,
      })!;
      for (const k of [sent.key, to.key, node.key]) this.folded.set(k, key);
    }
    return this.folded;
  }

  /** The money edge a folded link or transaction became, or the key itself. */
  resolve(key: string): string {
    return this.folded.get(key) ?? key;
  }

  /** Source ids of every fact edge, to fetch their documents. */
  sourceIds(): string[] {
    const ids = new Set<string>();
    for (const e of this.edges.values()) {
      if (e.attributes.provenance?.sourceId) ids.add(e.attributes.provenance.sourceId);
      for (const id of e.attributes.money?.sourceIds ?? []) ids.add(id);
    }
    return [...ids];
  }

  /** Fills in the title, kind and date of each edge's source document. */
  describeSources(
    documents: ReadonlyMap<string, { title: string | null; kind: string | null; date: string | null }>,
  ): void {
    for (const e of this.edges.values()) {
      const p = e.attributes.provenance;
      const doc = p?.sourceId ? documents.get(p.sourceId) : undefined;
      if (p && doc) Object.assign(p, { sourceTitle: doc.title, sourceKind: doc.kind, sourceDate: doc.date });
    }
  }

  edgeList(): GraphEdge[] {
    return [...this.edges.values()];
  }

  /** The serialised graph, nodes and edges in a stable order. */
  build(kind: string, truncated = false): SerializedGraph {
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    return {
      attributes: { kind, truncated },
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes: [...this.nodes.values()].sort(byKey),
      edges: [...this.edges.values()].sort(byKey),
    };
  }
}
