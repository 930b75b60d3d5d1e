// Tells whether a pid from a state file is still our launcher and not an unrelated process that
// reused the number after a reboot or crash, so `stop` never signals a stranger.
import { spawnSync } from 'node:child_process';
import { isProcessAlive } from './processes';

export function isLauncherProcess(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  const ps = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  // Without `ps`, trust liveness alone rather than lose track of a running database.
  if (ps.error) return true;
  return ps.stdout.includes('touchstone.Launcher');
}
