import { describe, expect, it } from 'vitest';
import { launcherJavaArgs, type LaunchSettings } from '../src/java-command';

const build = { dir: '/cache/x', classpath: ['/cache/x/launcher.jar', '/m2/neo4j.jar'] };
const settings: LaunchSettings = {
  dataDir: '/data',
  port: 7999,
  heapMb: 640,
  pageCacheMb: 128,
  transactionTimeoutSeconds: 90,
  transactionMaxMb: 300,
};

describe('launcherJavaArgs', () => {
  it('passes heap, the add-opens flags, the classpath and the launcher options', () => {
    const args = launcherJavaArgs(build, 17, settings);
    expect(args).toContain('-Xmx640m');
    expect(args).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
    expect(args.slice(args.indexOf('-cp'))).toEqual([
      '-cp',
      '/cache/x/launcher.jar:/m2/neo4j.jar',
      'touchstone.Launcher',
      'home=/data',
      'port=7999',
      'pagecache-mb=128',
      'tx-timeout-s=90',
      'tx-max-mb=300',
    ]);
  });

  it('never puts a password on the command line and watches the parent only when asked', () => {
    expect(launcherJavaArgs(build, 17, settings).join(' ')).not.toMatch(/pass/i);
    expect(launcherJavaArgs(build, 17, { ...settings, parentPid: 42 })).toContain('parent-pid=42');
  });

  it('adds the native-access grants only on JDKs that know them', () => {
    expect(launcherJavaArgs(build, 17, settings)).not.toContain('--enable-native-access=ALL-UNNAMED');
    const java25 = launcherJavaArgs(build, 25, settings);
    expect(java25).toContain('--enable-native-access=ALL-UNNAMED');
    expect(java25).toContain('--sun-misc-unsafe-memory-access=allow');
  });

  it('uses or records a class archive', () => {
    const use = launcherJavaArgs(build, 17, { ...settings, classArchive: { mode: 'use', path: '/a.jsa' } });
    expect(use).toContain('-XX:SharedArchiveFile=/a.jsa');
    const create = launcherJavaArgs(build, 17, {
      ...settings,
      classArchive: { mode: 'create', path: '/a.jsa' },
    });
    expect(create).toContain('-XX:ArchiveClassesAtExit=/a.jsa');
  });
});
