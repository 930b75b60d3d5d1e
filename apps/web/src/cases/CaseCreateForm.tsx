/** Opens a new case: a title and an optional description; the creator becomes its lead. */
import { useState } from 'react';
import * as Q from '../graphql/operations';
import { useWorkbench } from '../state/workbench';

export function CaseCreateForm({ onCreated }: { onCreated: (id: string) => void | Promise<void> }) {
  const wb = useWorkbench();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = { title: title.trim(), ...(description.trim() ? { description: description.trim() } : {}) };
    const reply = await wb.run(`Open case “${input.title}”`, () =>
      wb.api.request<{ createCase: { id: string; title: string } }>(Q.CREATE_CASE, { input }),
    );
    if (!reply) return;
    setTitle('');
    setDescription('');
    wb.notify('info', `Case “${reply.createCase.title}” opened; you are its lead.`);
    await onCreated(reply.createCase.id);
  };

  return (
    <form className="case-form" onSubmit={create}>
      <h3>New case</h3>
      <input placeholder="Title, e.g. Operation Aurum" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="case-title-input" />
      <textarea placeholder="What the case is about (optional)" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      <button className="primary" type="submit" disabled={!title.trim()} data-testid="case-create">
        Open case
      </button>
    </form>
  );
}
