/** A reference detector: the subjects it flags at the given parameters. */
import type { PatternParameters } from '@touchstone/seed';
import type { Graph } from '../support/graph';

export type Detector = (g: Graph, p: PatternParameters) => Set<string>;
