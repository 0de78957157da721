/**
 * Spreadsheets spell choices freely ("Data store", "DATA_STORE", "SaaS "); folding case, spaces
 * and underscores to the schema's hyphenated lower case accepts all of them. Aliases cover the
 * common words a CMDB export uses for the same thing.
 */
export function normaliseChoice(cell: string, aliases: Readonly<Record<string, string>> = {}): string | undefined {
  const folded = cell.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (folded === '') return undefined;
  return aliases[folded] ?? folded;
}
