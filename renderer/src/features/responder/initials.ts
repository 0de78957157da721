/**
 * The responder's initials per incident, for this session only. Kept in memory, never in
 * localStorage: initials are plan data and nothing typed may reach disk unencrypted. After a
 * reload the incident's own record (who opened it) is the fallback.
 */
const byIncident = new Map<string, string>();

export function rememberInitials(incidentId: string, initials: string): void {
  byIncident.set(incidentId, initials);
}

export function rememberedInitials(incidentId: string): string | undefined {
  return byIncident.get(incidentId);
}
