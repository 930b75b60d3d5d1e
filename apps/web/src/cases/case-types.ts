/** The cases and charts as the API lists them (see the `Case` and `ChartSummary` types). */
import type { CaseRole } from '../graphql/types';

export interface ChartSummary {
  id: string;
  caseId: string;
  name: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface CaseSummary {
  id: string;
  title: string;
  description: string | null;
  status: string;
  updatedAt: string;
  myRole: CaseRole | null;
  entityCount: number;
  members: { user: string; role: CaseRole }[];
  charts: ChartSummary[];
}

export interface SavedChart extends ChartSummary {
  document: unknown;
}
