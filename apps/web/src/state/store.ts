/**
 * A minimal observable store for UI state, read in components with `useStore(store, selector)`.
 * State is replaced, never mutated, so React sees every change.
 */
import { useSyncExternalStore } from 'react';

/** Holds a value and tells subscribers when it changes. */
export class Store<S> {
  private listeners = new Set<() => void>();

  constructor(private state: S) {}

  get(): S {
    return this.state;
  }

  /** Replaces part of the state (or all of it, from a function of the current state). */
  set(update: Partial<S> | ((state: S) => Partial<S>)): void {
    const patch = typeof update === 'function' ? update(this.state) : update;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** A value derived from a store; the component re-renders when it changes. */
export function useStore<S, T>(store: Store<S>, select: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
