/**
 * Everything a view needs, in one object shared through React context: the API client, the
 * chart and its history, the UI state, and `run`, which wraps an operation with a progress
 * indicator and turns its failure into a message for the user.
 */
import { createContext, useContext } from 'react';
import { ApiRequestError, createApiClient, type ApiClient } from '../graphql/client';
import { ChartStore } from './chart-store';
import { loadSession, saveSession, type Session } from './session';
import { Store } from './store';
import { createUiStore, type UiStore } from './ui-state';

export interface Workbench {
  api: ApiClient;
  chart: ChartStore;
  ui: UiStore;
  session: Store<{ session: Session | null }>;
  /** Runs an operation with a progress indicator; failures become an error message (and undefined). */
  run<T>(label: string, work: () => Promise<T>): Promise<T | undefined>;
  notify(kind: 'error' | 'info', text: string): void;
  signOut(): void;
}

let nextId = 1;

/** A workbench talking to the API at `endpoint`. */
export function createWorkbench(endpoint = '/graphql'): Workbench {
  const session = new Store<{ session: Session | null }>({ session: loadSession() });
  const ui = createUiStore();
  const signOut = () => {
    saveSession(null);
    session.set({ session: null });
  };
  const api = createApiClient({
    endpoint,
    token: () => session.get().session?.token ?? null,
    onUnauthenticated: () => {
      signOut();
      notify('error', 'Your session has ended; sign in again.');
    },
  });
  const notify = (kind: 'error' | 'info', text: string) => {
    const id = nextId++;
    ui.set((s) => ({ messages: [...s.messages.slice(-4), { id, kind, text }] }));
    setTimeout(() => ui.set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })), kind === 'error' ? 12_000 : 5_000);
  };
  const run = async <T,>(label: string, work: () => Promise<T>): Promise<T | undefined> => {
    const id = nextId++;
    ui.set((s) => ({ busy: [...s.busy, { id, label }] }));
    try {
      return await work();
    } catch (e) {
      const text = e instanceof ApiRequestError ? e.message : `${label} failed: ${e instanceof Error ? e.message : String(e)}`;
      notify('error', text);
      return undefined;
    } finally {
      ui.set((s) => ({ busy: s.busy.filter((b) => b.id !== id) }));
    }
  };
  return { api, chart: new ChartStore(), ui, session, run, notify, signOut };
}

export const WorkbenchContext = createContext<Workbench | null>(null);

/** The workbench of the app. */
export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('web: useWorkbench outside <WorkbenchContext>');
  return workbench;
}
