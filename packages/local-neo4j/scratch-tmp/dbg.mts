import { resolveLaunch } from '/work/main/packages/local-neo4j/src/prepare';
import { launcherJavaArgs } from '/work/main/packages/local-neo4j/src/java-command';
import { spawnLauncher } from '/work/main/packages/local-neo4j/src/spawn-launcher';
import { readFrom } from '/work/main/packages/local-neo4j/src/log-tail';
import { terminateProcess } from '/work/main/packages/local-neo4j/src/processes';
import neo4j from 'neo4j-driver';
const p = resolveLaunch({});
const args = launcherJavaArgs(p.build, p.runtime.major, { dataDir: '/tmp/tsx-try/data', port: 23998, heapMb: 512, pageCacheMb: 256, transactionTimeoutSeconds: 120, transactionMaxMb: 256, parentPid: process.pid });
const t0 = Date.now();
const s = spawnLauncher({ java: p.runtime.java, args, password: 'pass-word-1', logFile: '/tmp/tsx-try/dbg.log', detached: false });
while (!readFrom('/tmp/tsx-try/dbg.log', s.logOffset).includes('READY')) await new Promise((r) => setTimeout(r, 100));
console.log('ready line', Date.now() - t0);
const d = neo4j.driver('bolt://127.0.0.1:23998', neo4j.auth.basic('neo4j', 'pass-word-1'), { connectionTimeout: 5000 });
for (let i = 0; i < 2; i++) { const t = Date.now(); await d.executeQuery('RETURN 1 AS ok'); console.log('q', Date.now() - t); }
await d.close();
const t3 = Date.now(); await terminateProcess(s.pid); console.log('stop', Date.now() - t3);
