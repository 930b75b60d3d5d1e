/** Messages to the user: errors that say what went wrong, and confirmations; they fade by themselves. */
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';

export function Messages() {
  const wb = useWorkbench();
  const messages = useStore(wb.ui, (s) => s.messages);
  return (
    <div className="messages" aria-live="polite">
      {messages.map((m) => (
        <div key={m.id} className={`message ${m.kind}`} role={m.kind === 'error' ? 'alert' : 'status'} data-testid={`message-${m.kind}`}>
          {m.text}
          <button className="close" onClick={() => wb.ui.set((s) => ({ messages: s.messages.filter((x) => x.id !== m.id) }))}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
