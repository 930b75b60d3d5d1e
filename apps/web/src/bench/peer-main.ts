/**
 * The peer benchmark page (bench-peer.html): bare sigma with its default settings and programs
 * over the same chart — same positions, sizes, colours and labels — without the workbench's
 * pictograms, rings, curved links or reducers.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { benchChart } from './bench-chart';
import { specOf } from './bench-graph';
import { startBench } from './bench-harness';

const spec = specOf(location.search);
const container = document.getElementById('stage')!;

function peerGraph(): MultiDirectedGraph {
  const chart = benchChart(spec);
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  chart.forEachNode((key, a) =>
    graph.addNode(key, { x: a.x, y: a.y, size: a.size, color: a.color, label: a.label }),
  );
  chart.forEachEdge((key, a, source, target) =>
    graph.addDirectedEdgeWithKey(key, source, target, { size: a.size, color: a.color }),
  );
  return graph;
}

void startBench(spec, peerGraph, (graph) => new Sigma(graph, container));
