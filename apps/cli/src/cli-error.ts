/**
 * A failure the user can act on: printed as one line, exit code 1, no stack trace.
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Parses a whole number option within bounds, or fails with a message naming the option. */
export function parseIntOption(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) {
      throw new CliError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
    }
    return n;
  };
}
