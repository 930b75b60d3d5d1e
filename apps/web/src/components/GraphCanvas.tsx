/**
 * The chart canvas: sigma over the chart graph. Click selects (Shift adds) and shows details,
 * double-click expands, right-click opens the context menu, dragging moves an entity (undoable;
 * a moved entity is pinned where it was put), the lasso selects by drawing, hovering highlights
 * neighbours.
 */
import { useEffect, useRef } from 'react';
import { expand, findPaths } from '../actions/explore';
import { reduceEdge, reduceNode, type ReducerState } from '../chart/chart-reducers';
import { createChartRenderer, type ChartRenderer } from '../chart/create-renderer';
import { setActiveRenderer } from '../chart/active-renderer';
import { flatChartExtent } from '../chart/chart-extent';
import { moveLastPictureWhileSlow } from '../chart/motion-frames';
import { useWorkbench } from '../state/workbench';
import { LassoOverlay } from './LassoOverlay';

export function GraphCanvas() {
  const wb = useWorkbench();
  const container = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<ChartRenderer | null>(null);

  useEffect(() => {
    const element = container.current!;
    const graph = wb.chart.graph;
    const state: ReducerState = { selection: new Set(), hovered: null, hoveredNeighbours: new Set(), timeRange: null };
    const renderer = createChartRenderer(graph, element, {
      nodeReducer: (key, attributes) => reduceNode(key, attributes, state) as typeof attributes,
      edgeReducer: (key, attributes) => reduceEdge(graph, key, attributes, state) as typeof attributes,
    });
    moveLastPictureWhileSlow(renderer);
    rendererRef.current = renderer;
    setActiveRenderer(renderer);

    let dragged: string | null = null;
    const syncState = () => {
      const ui = wb.ui.get();
      state.selection = new Set(ui.selection);
      state.timeRange = ui.timeRange;
      state.hovered = ui.hovered && graph.hasNode(ui.hovered) ? ui.hovered : null;
      state.hoveredNeighbours = new Set(state.hovered ? graph.neighbors(state.hovered) : []);
      renderer.refresh({ skipIndexation: true });
    };
    const unsubscribeUi = wb.ui.subscribe(syncState);
    // While an entity is dragged the extent stays put, so the chart does not rescale under the mouse.
    const fit = () => {
      if (!dragged) renderer.setCustomBBox(flatChartExtent(graph));
    };
    const unsubscribeChart = wb.chart.subscribe(() => {
      fit();
      renderer.refresh();
    });

    // Dragging an entity.
    let dragBefore: ReturnType<typeof wb.chart.snapshot> | null = null;
    let moved = false;
    renderer.on('downNode', ({ node, event }) => {
      if ('button' in event.original && event.original.button !== 0) return;
      dragged = node;
      dragBefore = wb.chart.snapshot();
      moved = false;
      renderer.setCustomBBox(renderer.getBBox());
    });
    renderer.getMouseCaptor().on('mousemovebody', (event) => {
      if (!dragged) return;
      const position = renderer.viewportToGraph(event);
      graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y, pinned: true });
      moved = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const endDrag = () => {
      if (dragged && moved && dragBefore) wb.chart.recordMade(`Move ${graph.getNodeAttribute(dragged, 'label')}`, dragBefore);
      dragged = null;
      dragBefore = null;
      fit();
    };
    renderer.getMouseCaptor().on('mouseup', endDrag);

    renderer.on('clickNode', ({ node, event }) => {
      if (moved) return;
      const ui = wb.ui.get();
      if (ui.pickTarget) {
        wb.ui.set({ pickTarget: null });
        if (node !== ui.pickTarget.from) void findPaths(wb, ui.pickTarget.from, node);
        return;
      }
      const additive = event.original.shiftKey || event.original.ctrlKey || event.original.metaKey;
      const selection = additive
        ? ui.selection.includes(node)
          ? ui.selection.filter((k) => k !== node)
          : [...ui.selection, node]
        : [node];
      wb.ui.set({ selection, focus: { kind: 'node', key: node }, contextMenu: null });
      // Opening the panel narrows the canvas and moves what is drawn: wait until it is clear that
      // this click is not the first half of a double-click.
      clearTimeout(openDetails);
      if (!wb.ui.get().panel) openDetails = setTimeout(() => wb.ui.set({ panel: 'details' }), 350);
    });
    let openDetails: ReturnType<typeof setTimeout> | undefined;
    renderer.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      clearTimeout(openDetails);
      void expand(wb, [event.node]);
    });
    renderer.on('rightClickNode', ({ node, event }) => {
      event.original.preventDefault();
      const ui = wb.ui.get();
      wb.ui.set({
        contextMenu: { x: event.x, y: event.y, target: { kind: 'node', key: node } },
        selection: ui.selection.includes(node) ? ui.selection : [node],
      });
    });
    renderer.on('rightClickStage', ({ event }) => {
      event.original.preventDefault();
      wb.ui.set({ contextMenu: { x: event.x, y: event.y, target: { kind: 'stage' } } });
    });
    renderer.on('clickEdge', ({ edge }) => wb.ui.set({ focus: { kind: 'edge', key: edge }, panel: 'details', contextMenu: null }));
    renderer.on('rightClickEdge', ({ edge, event }) => {
      event.original.preventDefault();
      wb.ui.set({ contextMenu: { x: event.x, y: event.y, target: { kind: 'edge', key: edge } } });
    });
    renderer.on('clickStage', () => wb.ui.set({ selection: [], contextMenu: null, pickTarget: null }));
    renderer.on('enterNode', ({ node }) => wb.ui.set({ hovered: node }));
    renderer.on('leaveNode', () => wb.ui.set({ hovered: null }));

    // Sigma only watches the window; panels and the timeline resize the canvas too.
    const resizes = new ResizeObserver(() => {
      renderer.resize();
      renderer.refresh({ skipIndexation: true });
    });
    resizes.observe(element);

    fit();
    syncState();
    return () => {
      resizes.disconnect();
      clearTimeout(openDetails);
      unsubscribeUi();
      unsubscribeChart();
      setActiveRenderer(null);
      renderer.kill();
      rendererRef.current = null;
    };
  }, [wb]);

  return (
    <div className="canvas-wrap" onContextMenu={(e) => e.preventDefault()}>
      <div ref={container} className="graph-canvas" data-testid="graph-canvas" />
      <LassoOverlay rendererRef={rendererRef} />
    </div>
  );
}
