/** The generator's version: bump it whenever the same seed would produce different output. */
export const GENERATOR_VERSION = '1.0.0';
export const GENERATOR_NAME = '@touchstone/seed';
