// The `java … touchstone.Launcher key=value…` command line: JVM flags Neo4j's own server script
// would pass, plus class data sharing (a class archive made once per build speeds every later start).
import type { LauncherBuild } from './build-launcher';

export interface LaunchSettings {
  dataDir: string;
  port: number;
  heapMb: number;
  pageCacheMb: number;
  transactionTimeoutSeconds: number;
  transactionMaxMb: number;
  /** The launcher exits by itself when this process is gone (not set for detached instances). */
  parentPid?: number;
  /** Use an existing class archive, or create one when the JVM exits (a training run). */
  classArchive?: { mode: 'use' | 'create'; path: string };
}

export function launcherJavaArgs(
  build: LauncherBuild,
  javaMajor: number,
  settings: LaunchSettings,
): string[] {
  const jvm = [
    `-Xmx${settings.heapMb}m`,
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
  // Newer JDKs warn about Neo4j's native and Unsafe access unless it is granted up front.
  if (javaMajor >= 22) jvm.push('--enable-native-access=ALL-UNNAMED');
  if (javaMajor >= 24) jvm.push('--sun-misc-unsafe-memory-access=allow');
  const archive = settings.classArchive;
  if (archive) {
    jvm.push(
      archive.mode === 'use'
        ? `-XX:SharedArchiveFile=${archive.path}`
        : `-XX:ArchiveClassesAtExit=${archive.path}`,
    );
    jvm.push('-Xlog:cds=off', '-Xlog:cds+dynamic=off');
  }
  const launcher = [
    `home=${settings.dataDir}`,
    `port=${settings.port}`,
    `pagecache-mb=${settings.pageCacheMb}`,
    `tx-timeout-s=${settings.transactionTimeoutSeconds}`,
    `tx-max-mb=${settings.transactionMaxMb}`,
  ];
  if (settings.parentPid !== undefined) launcher.push(`parent-pid=${settings.parentPid}`);
  return [...jvm, '-cp', build.classpath.join(':'), 'touchstone.Launcher', ...launcher];
}
