/**
 * The script's own arguments: `pnpm --filter … <script> -- --x` passes the `--` through, which
 * `parseArgs` would otherwise take as the end of options.
 */
export function scriptArgs(argv: readonly string[] = process.argv.slice(2)): string[] {
  return argv[0] === '--' ? argv.slice(1) : [...argv];
}
