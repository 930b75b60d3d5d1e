/**
 * What the workbench shows besides the chart itself: the selection, the entity or link in the
 * details panel, the open side panel and view, the time filter, running operations and messages.
 */
import { Store } from './store';

export type SidePanel = 'details' | 'queries' | 'cypher' | 'analytics' | 'cases' | 'layout' | 'export';
export type MainView = 'chart' | 'map' | 'statistics';
export type SizeMetric = 'fixed' | 'degree' | 'pagerank' | 'betweenness' | 'amount';

export interface Message {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export interface ContextMenuState {
  x: number;
  y: number;
  target: { kind: 'node'; key: string } | { kind: 'edge'; key: string } | { kind: 'stage' };
}

/** A chart saved in a case, as it was last loaded or saved. */
export interface OpenChart {
  id: string;
  caseId: string;
  name: string;
  version: number;
}

export interface UiState {
  selection: string[];
  /** The entity (node key) or link (edge key) shown in the details panel. */
  focus: { kind: 'node' | 'edge'; key: string } | null;
  hovered: string | null;
  panel: SidePanel | null;
  view: MainView;
  /** Dated links and events outside [from, to] (ms since epoch) are hidden; null shows all. */
  timeRange: [number, number] | null;
  busy: { id: number; label: string }[];
  messages: Message[];
  contextMenu: ContextMenuState | null;
  openChart: OpenChart | null;
  sizeBy: SizeMetric;
  /** Waiting for a click on a second entity (e.g. to find paths to it). */
  pickTarget: { purpose: 'paths'; from: string } | null;
  layoutRunning: boolean;
}

export const initialUiState = (): UiState => ({
  selection: [],
  focus: null,
  hovered: null,
  panel: null,
  view: 'chart',
  timeRange: null,
  busy: [],
  messages: [],
  contextMenu: null,
  openChart: null,
  sizeBy: 'fixed',
  pickTarget: null,
  layoutRunning: false,
});

export type UiStore = Store<UiState>;
export const createUiStore = (): UiStore => new Store(initialUiState());
