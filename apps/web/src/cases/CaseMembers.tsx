/**
 * The members of a case and their roles. A lead adds a colleague by user name with a role: that
 * is how the case's charts are shared (every member sees them; viewers cannot save).
 */
import { useState } from 'react';
import * as Q from '../graphql/operations';
import type { CaseRole } from '../graphql/types';
import { useWorkbench } from '../state/workbench';
import type { CaseSummary } from './case-types';

const ROLES: CaseRole[] = ['VIEWER', 'MEMBER', 'LEAD'];

export function CaseMembers({ item, onChanged }: { item: CaseSummary; onChanged: () => void }) {
  const wb = useWorkbench();
  const [user, setUser] = useState('');
  const [role, setRole] = useState<CaseRole>('MEMBER');

  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const name = user.trim();
    const reply = await wb.run(`Add ${name} to the case`, () =>
      wb.api.request<{ setCaseMember: { id: string } }>(Q.SET_CASE_MEMBER, { caseId: item.id, user: name, role }),
    );
    if (!reply) return;
    setUser('');
    wb.notify('info', `${name} is now ${role.toLowerCase()} of “${item.title}” and sees its charts.`);
    onChanged();
  };

  return (
    <section>
      <h3>Members</h3>
      <ul className="member-list" data-testid="case-members">
        {item.members.map((m) => (
          <li key={m.user}>
            {m.user} <small className="muted">{m.role.toLowerCase()}</small>
          </li>
        ))}
      </ul>
      {item.myRole === 'LEAD' && (
        <form className="inline-form" onSubmit={add}>
          <input placeholder="User name" value={user} onChange={(e) => setUser(e.target.value)} data-testid="member-name-input" />
          <select value={role} onChange={(e) => setRole(e.target.value as CaseRole)} aria-label="Role">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r.toLowerCase()}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!user.trim()} data-testid="member-add">
            Add
          </button>
        </form>
      )}
    </section>
  );
}
