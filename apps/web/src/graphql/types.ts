/**
 * The shapes the API returns that the workbench works with. A graph is graphology's serialised
 * format: nodes and edges with keys and attributes (see the API's `Graph` type).
 */

export interface Provenance {
  sourceId: string | null;
  sourceTitle: string | null;
  sourceKind: string | null;
  sourceDate: string | null;
  enteredBy: string | null;
  enteredAt: string | null;
  sourceReliability: string | null;
  infoReliability: string | null;
  grade: string | null;
}

export interface MoneyFlow {
  count: number;
  totalUsd: number;
  firstAt: string | null;
  lastAt: string | null;
  transactionIds: string[];
  complete: boolean;
  sourceIds: string[];
}

export interface ApiNode {
  key: string;
  attributes: {
    label: string;
    type: string;
    types: string[];
    caseId: string | null;
    properties: Record<string, unknown>;
  };
}

export interface ApiEdge {
  key: string;
  source: string;
  target: string;
  attributes: {
    type: string;
    label: string;
    caseId: string | null;
    properties: Record<string, unknown>;
    provenance: Provenance | null;
    money: MoneyFlow | null;
  };
}

export interface ApiGraph {
  attributes: { kind: string; truncated: boolean };
  nodes: ApiNode[];
  edges: ApiEdge[];
}

export type Role = 'ANALYST' | 'INVESTIGATOR' | 'PROSECUTOR' | 'ADMIN';
export type CaseRole = 'LEAD' | 'MEMBER' | 'VIEWER';
