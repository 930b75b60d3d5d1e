/**
 * Signing in: a user name and password (set with `touchstone user password`; the development
 * users' passwords are printed by `pnpm start`), or a bearer token from `touchstone token`.
 */
import { useState, type FormEvent } from 'react';
import { ApiRequestError } from '../graphql/client';
import * as Q from '../graphql/operations';
import type { Role } from '../graphql/types';
import { saveSession, type Session } from '../state/session';
import { useWorkbench } from '../state/workbench';

export function SignInView() {
  const wb = useWorkbench();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [useToken, setUseToken] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const start = (session: Session) => {
    saveSession(session);
    wb.session.set({ session });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setPending(true);
    try {
      if (useToken) {
        // Check the token before keeping it: the API says who it belongs to.
        const probe = { token: token.trim(), name: '', role: 'ANALYST' as Role, expiresAt: new Date(Date.now() + 3600_000).toISOString() };
        wb.session.set({ session: null });
        const me = await fetchMe(probe.token);
        start({ ...probe, name: me.name, role: me.role });
      } else {
        const reply = await wb.api.request<{ signIn: Session }>(Q.SIGN_IN, { name: name.trim(), password });
        start(reply.signIn);
      }
    } catch (err) {
      setError(err instanceof ApiRequestError ? err.message : 'Signing in failed; try again.');
    } finally {
      setPending(false);
    }
  };

  return (
    <main className="sign-in">
      <form onSubmit={submit} className="sign-in-card" aria-label="Sign in">
        <h1>
          <span className="brand-mark">◆</span> Touchstone
        </h1>
        <p className="muted">Assay the networks behind the gold trade.</p>
        {useToken ? (
          <label>
            Bearer token
            <textarea value={token} onChange={(e) => setToken(e.target.value)} rows={4} required placeholder="pnpm touchstone token <name>" />
          </label>
        ) : (
          <>
            <label>
              User name
              <input name="username" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
            </label>
            <label>
              Password
              <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
            </label>
          </>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
        <button type="button" className="link" onClick={() => setUseToken((u) => !u)}>
          {useToken ? 'Sign in with a password' : 'Sign in with a bearer token'}
        </button>
        <p className="muted small">
          Running the demo? <code>pnpm start</code> printed the development users and their passwords.
        </p>
      </form>
    </main>
  );
}

async function fetchMe(token: string): Promise<{ name: string; role: Role }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: Q.ME }),
  });
  const reply = (await response.json().catch(() => ({}))) as { data?: { me: { name: string; role: Role } }; errors?: { message: string; extensions?: { code?: string } }[] };
  if (reply.errors?.length) throw new ApiRequestError(reply.errors[0]!.message, reply.errors[0]!.extensions?.code ?? 'UNAUTHENTICATED');
  if (!reply.data) throw new ApiRequestError('The server did not accept the token.', 'UNAUTHENTICATED');
  return reply.data.me;
}
