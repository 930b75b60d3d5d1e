/**
 * The request context every resolver receives: who is asking, which cases they may see, the
 * database, and the audit log. Case-level access is decided here once per request and applied by
 * every service to every node and link it returns.
 */
import type { Role as WorkbenchRole } from '@touchstone/auth';
import type { Driver } from 'neo4j-driver';
import type { Sessions } from './auth/sessions';

/** The roles of the workbench: 'analyst' | 'investigator' | 'prosecutor' | 'admin'. */
export type Role = WorkbenchRole;

/** An authenticated user. */
export interface ApiUser {
  name: string;
  role: Role;
}

/**
 * What a user may see. Records entered within a case carry `caseId`; they are visible only to
 * that case's members. Every Cypher statement that returns nodes or links filters with
 * `x.caseId IS NULL OR x.caseId IN $visibleCaseIds` for each node and relationship it returns.
 */
export interface CaseAccess {
  /** Ids of the cases the user is a member of (all cases for no one: admins are members like others). */
  readonly visibleCaseIds: readonly string[];
  /** Throws FORBIDDEN unless the user is a member of the case (with one of the roles, when given). */
  requireMember(caseId: string, roles?: readonly string[]): void;
}

/** One audited operation. */
export interface AuditEntry {
  operation: string;
  caseId?: string | null;
  arguments: Record<string, unknown>;
  resultSize?: number | null;
  outcome: 'SUCCESS' | 'FAILURE' | 'DENIED';
  errorCode?: string | null;
}

/** The append-only audit log. */
export interface AuditLog {
  record(user: ApiUser | null, entry: AuditEntry): Promise<void>;
}

/** The context of one GraphQL request. */
export interface ApiContext {
  user: ApiUser | null;
  access: CaseAccess;
  driver: Driver;
  audit: AuditLog;
  requestId: string;
  /** Password sign-in, the one operation open to anonymous requests. */
  sessions: Sessions;
}
