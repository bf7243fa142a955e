// Who runs the mentoring program: the intranet's HR admins, by their id in its own directory. The
// one place that decides who may open /admin and call its /admin/api/* routes; everyone else
// (any other employee, or no session) gets 403.
//
// Daniel Okafor (`demo-mentor`, seeded in the organization whose secret key this intranet holds)
// stands in for HR here. A real intranet asks its directory (an "HR admin" group in its SSO).

/** The employees (ids of the intranet's directory) who may run the program from /admin. */
export const hrAdmins: ReadonlySet<string> = new Set(['demo-mentor']);

/**
 * Whether the signed-in employee `employeeId` (or nobody: `undefined`) is an HR admin.
 *
 * @example
 * ```ts
 * if (!isHrAdmin(sessions.read(req.headers.cookie))) return res.writeHead(403).end();
 * ```
 */
export function isHrAdmin(employeeId: string | undefined): boolean {
  return employeeId !== undefined && hrAdmins.has(employeeId);
}
