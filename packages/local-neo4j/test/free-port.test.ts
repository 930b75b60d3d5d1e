import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../src/free-port';

describe('findFreePort', () => {
  it('returns a port on 127.0.0.1 that can be bound right away', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(1024);
    expect(port).toBeLessThan(65536);
    const server = createServer();
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', done);
    });
    await new Promise((done) => server.close(done));
  });

  it('does not hand out a port that is in use', async () => {
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const taken = (server.address() as { port: number }).port;
    const ports = await Promise.all([findFreePort(), findFreePort(), findFreePort()]);
    expect(ports).not.toContain(taken);
    await new Promise((done) => server.close(done));
  });
});
