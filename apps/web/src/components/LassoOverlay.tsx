/**
 * Lasso selection: with Shift held, dragging on the chart draws a free-hand loop; the entities
 * inside it become the selection (added to it with Ctrl or Cmd as well).
 */
import { useRef, useState, type MutableRefObject, type PointerEvent } from 'react';
import type { ChartRenderer } from '../chart/create-renderer';
import { pointInPolygon } from '../chart/point-in-polygon';
import { useWorkbench } from '../state/workbench';

export function LassoOverlay({ rendererRef }: { rendererRef: MutableRefObject<ChartRenderer | null> }) {
  const wb = useWorkbench();
  const [points, setPoints] = useState<[number, number][] | null>(null);
  const [armed, setArmed] = useState(false);
  const drawing = useRef(false);

  const local = (e: PointerEvent<HTMLDivElement>): [number, number] => {
    const box = e.currentTarget.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  };

  return (
    <>
      <div
        className={`lasso-layer${armed ? ' armed' : ''}`}
        data-testid="lasso-layer"
        onPointerDown={(e) => {
          if (!armed) return;
          drawing.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          setPoints([local(e)]);
        }}
        onPointerMove={(e) => {
          if (drawing.current) setPoints((p) => (p ? [...p, local(e)] : p));
        }}
        onPointerUp={(e) => {
          drawing.current = false;
          const renderer = rendererRef.current;
          if (points && points.length > 2 && renderer) {
            const inside = wb.chart.graph.filterNodes((key) => {
              const display = renderer.getNodeDisplayData(key);
              if (!display || display.hidden) return false;
              const p = renderer.framedGraphToViewport(display);
              return pointInPolygon([p.x, p.y], points);
            });
            const additive = e.ctrlKey || e.metaKey;
            const selection = additive ? [...new Set([...wb.ui.get().selection, ...inside])] : inside;
            wb.ui.set({ selection });
            wb.notify('info', `${inside.length} entities selected.`);
          }
          setPoints(null);
          setArmed(false);
        }}
      >
        {points && (
          <svg className="lasso-svg">
            <polygon points={points.map((p) => p.join(',')).join(' ')} />
          </svg>
        )}
      </div>
      <button
        className={`lasso-toggle${armed ? ' active' : ''}`}
        title="Lasso: draw around entities to select them (L)"
        data-testid="lasso-toggle"
        onClick={() => setArmed((a) => !a)}
      >
        ◌ Lasso
      </button>
    </>
  );
}
