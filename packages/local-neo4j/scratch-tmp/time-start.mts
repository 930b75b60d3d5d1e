import { startLocalNeo4j, prepareLocalNeo4j } from '../src/index';
const opts = { neo4jVersion: process.env.V, javaHome: process.env.JH };
const t0 = Date.now();
const p = await prepareLocalNeo4j({ ...opts, classArchive: process.env.NOARCHIVE ? false : undefined });
console.log('prepare', Date.now() - t0, 'ms archive', p.classArchive);
const t1 = Date.now();
const h = await startLocalNeo4j({ ...opts, dataDir: process.env.DATA!, password: 'pass-word-1', classArchive: process.env.NOARCHIVE ? false : undefined });
console.log('start', Date.now() - t1, 'ms');
const t2 = Date.now(); await h.stop(); console.log('stop', Date.now() - t2, 'ms');
