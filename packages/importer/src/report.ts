/**
 * What an import tells its user: how many records were read, written and rejected, and for each
 * rejected record where it came from (file and line), the field and the reason.
 */

/** Where a record came from. */
export interface RecordOrigin {
  file: string;
  /** 1-based line (JSON Lines) or record number. */
  line: number;
}

/** One rejected record. */
export interface ImportIssue extends RecordOrigin {
  recordId?: string;
  field: string;
  reason: string;
}

/** Counts for one kind of record. */
export interface ImportCounts {
  read: number;
  written: number;
  invalid: number;
}

/** The outcome of an import. */
export interface ImportReport {
  entities: ImportCounts;
  links: ImportCounts;
  /** The first issues found (at most `maxIssues`); `issueCount` has the total. */
  issues: ImportIssue[];
  issueCount: number;
  /** True when strict mode stopped the import. */
  stopped: boolean;
  durationMs: number;
}

/** Progress of a running import, reported at most a few times a second. */
export interface ImportProgress {
  phase: 'validating' | 'entities' | 'links';
  file: string;
  read: number;
  written: number;
  invalid: number;
  elapsedMs: number;
}

/** An import that could not go on (database error, unreadable file, strict-mode stop). */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly report?: ImportReport,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** One line per issue, e.g. `links.jsonl:12 OWNS lnk-1 share: must be at most 1, got 1.5`. */
export function formatIssue(issue: ImportIssue): string {
  const id = issue.recordId ? ` ${issue.recordId}` : '';
  return `${issue.file}:${issue.line}${id} ${issue.field}: ${issue.reason}`;
}

export const emptyCounts = (): ImportCounts => ({ read: 0, written: 0, invalid: 0 });
