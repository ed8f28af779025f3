/**
 * Who is acting: what every service is given instead of a transport's request. The GraphQL edge
 * builds it from the Authorization header; the CLI acts as the admin.
 *
 * - `actor` is what the audit trail records: "admin" for the ADMIN_SECRET, the API key's id
 *   otherwise, "public" for the public.
 * - `projectCodes`: the projects an OPERATOR works on (null for every other role: no limit).
 * - `requestId`: the request the act belongs to, when there is one (kept in the audit trail).
 */
import { DomainError, ErrorCode } from './errors.js';

export type Role = 'ADMIN' | 'OPERATOR' | 'ANALYST' | 'PUBLIC';

interface Acting {
  requestId?: string | null;
}

export type Caller =
  | (Acting & { role: 'ADMIN'; actor: string; projectCodes: null })
  | (Acting & { role: 'OPERATOR'; actor: string; projectCodes: string[] })
  | (Acting & { role: 'ANALYST'; actor: string; projectCodes: null })
  | (Acting & { role: 'PUBLIC'; actor: 'public'; projectCodes: null });

export const PUBLIC_CALLER: Caller = { role: 'PUBLIC', actor: 'public', projectCodes: null };

/** The admin acting without a request: the CLIs (imports, seeds). */
export const ADMIN_CALLER: Caller = { role: 'ADMIN', actor: 'admin', projectCodes: null };

/** The same caller, acting within a request. */
export function inRequest(caller: Caller, requestId: string): Caller {
  return { ...caller, requestId };
}

/** Whether the caller may record for a project: an OPERATOR only for its own. */
export function worksOn(caller: Caller, projectCode: string): boolean {
  return caller.role !== 'OPERATOR' || caller.projectCodes.includes(projectCode);
}

/** An OPERATOR records only for its own projects: FORBIDDEN (naming the field, if given) otherwise. */
export function withinScope(caller: Caller, projectCodes: readonly string[], field?: string): void {
  if (caller.role !== 'OPERATOR') return;
  const outside = projectCodes.filter((code) => !caller.projectCodes.includes(code));
  if (outside.length > 0) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      `Refused: this key works on ${caller.projectCodes.join(', ')}, not on ${outside.join(', ')}.`,
      field,
    );
  }
}
