/**
 * Sticky notes on the chart: the chart's text annotations drawn over the canvas at their place
 * in the graph, following the camera as it pans and zooms. Notes can be added, edited, dragged
 * and deleted; they are saved and reopened with the chart.
 */
import { useEffect, useReducer, useRef } from 'react';
import { activeRenderer } from '../chart/active-renderer';
import type { ChartRenderer } from '../chart/create-renderer';
import { onMovedPicture } from '../chart/motion-frames';
import { addAnnotation, beginExtrasEdit, chartExtras, newStickyNote, removeAnnotation, updateAnnotation } from '../cases/chart-extras';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';
import '../styles/cases-export.css';

/** The renderer once the canvas has made it (it is created in an effect of a sibling). */
function useRenderer(): ChartRenderer | null {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const renderer = activeRenderer();
  useEffect(() => {
    if (renderer) return;
    const frame = requestAnimationFrame(rerender);
    return () => cancelAnimationFrame(frame);
  });
  return renderer;
}

export function ChartNotes() {
  const wb = useWorkbench();
  const extras = chartExtras(wb);
  const annotations = useStore(extras, (s) => s.annotations);
  const renderer = useRenderer();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const drag = useRef<{ id: string; dx: number; dy: number } | null>(null);
  // A drag or an edit of a note's text in progress, recorded as one undoable step when it ends.
  const editing = useRef<((label: string) => void) | null>(null);
  const begin = () => {
    editing.current = beginExtrasEdit(wb);
  };
  const end = (label: string) => {
    const finish = editing.current;
    editing.current = null;
    finish?.(label);
  };
  const endDrag = () => {
    if (!drag.current) return;
    drag.current = null;
    end('Move a sticky note');
  };

  useEffect(() => {
    if (!renderer) return;
    // After every render, not only camera moves: adding entities re-frames the graph too.
    const camera = renderer.getCamera();
    camera.on('updated', redraw);
    renderer.on('afterRender', redraw);
    const stopFollowingMoves = onMovedPicture(renderer, redraw);
    return () => {
      stopFollowingMoves();
      camera.removeListener('updated', redraw);
      renderer.removeListener('afterRender', redraw);
    };
  }, [renderer]);

  if (!renderer) return null;
  const notes = annotations.filter((a) => a.kind === 'text');

  const add = () => {
    const container = renderer.getContainer();
    // The canvas may have been hidden (another view) and not resized since: measure it afresh.
    if (container.offsetWidth !== renderer.getDimensions().width || container.offsetHeight !== renderer.getDimensions().height) renderer.refresh();
    const { width, height } = renderer.getDimensions();
    const at = renderer.viewportToGraph({ x: width / 2 - 80, y: height / 2 - 40 });
    wb.chart.change('Add a sticky note', () => addAnnotation(extras, newStickyNote(at.x, at.y)));
  };

  const onPointerMove = (e: React.PointerEvent) => {
    if (!drag.current) return;
    const box = renderer.getContainer().getBoundingClientRect();
    const at = renderer.viewportToGraph({ x: e.clientX - box.left - drag.current.dx, y: e.clientY - box.top - drag.current.dy });
    updateAnnotation(extras, drag.current.id, { x: at.x, y: at.y });
  };

  return (
    <div className="chart-notes" onPointerMove={onPointerMove} onPointerUp={endDrag}>
      {notes.map((note) => {
        const at = renderer.graphToViewport({ x: note.x, y: note.y });
        return (
          <div
            key={note.id}
            className="sticky-note"
            data-testid="sticky-note"
            style={{ left: at.x, top: at.y, background: note.color ?? '#fff3a8' }}
          >
            <div
              className="sticky-grip"
              title="Drag to move the note"
              onPointerDown={(e) => {
                const box = (e.currentTarget.parentElement as HTMLElement).getBoundingClientRect();
                drag.current = { id: note.id, dx: e.clientX - box.left, dy: e.clientY - box.top };
                begin();
                e.currentTarget.setPointerCapture(e.pointerId);
              }}
              onPointerMove={onPointerMove}
              onPointerUp={endDrag}
            >
              <button
                className="link"
                title="Delete this note"
                data-testid="sticky-note-delete"
                onPointerDown={(e) => e.stopPropagation()}
                onClick={() => wb.chart.change('Delete a sticky note', () => removeAnnotation(extras, note.id))}
              >
                ×
              </button>
            </div>
            <textarea
              value={note.text ?? ''}
              placeholder="Write a note…"
              maxLength={5000}
              rows={3}
              onFocus={begin}
              onBlur={() => end('Edit a sticky note')}
              onChange={(e) => updateAnnotation(extras, note.id, { text: e.target.value })}
              data-testid="sticky-note-text"
            />
          </div>
        );
      })}
      <button className="add-note" onClick={add} title="Put a sticky note in the middle of the chart" data-testid="sticky-note-add">
        + Note
      </button>
    </div>
  );
}
