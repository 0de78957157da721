import type { z } from 'zod';

/**
 * Turns a zod issue into a sentence a shop owner understands. zod's own messages ("Too small:
 * expected string to have >=1 characters") are for developers.
 */
export function issueMessage(issue: z.core.$ZodIssue, label: string, cell: string | undefined): string {
  const given = cell === undefined || cell.trim() === '' ? undefined : cell.trim();
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return `${label} must be a whole number${given ? ` (got "${given}")` : ''}.`;
      if (given === undefined) return `${label} is required.`;
      if (issue.expected === 'number') return `"${given}" is not a number ${label} can use.`;
      return `"${given}" is not a valid ${label}.`;
    case 'invalid_value': {
      if (given === undefined) return `${label} is required.`;
      const choices = issue.values.map(String).join(', ');
      return `"${given}" is not a valid choice for ${label}. Use one of: ${choices}.`;
    }
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${label} is required.` : `${label} must be at least ${issue.minimum} characters.`;
      if (issue.origin === 'number') return `${label} must be at least ${issue.minimum}${given ? ` (got "${given}")` : ''}.`;
      return `${label} needs at least ${issue.minimum} entries.`;
    case 'too_big':
      if (issue.origin === 'string') return `${label} is too long: at most ${issue.maximum} characters.`;
      if (issue.origin === 'number') return `${label} must be at most ${issue.maximum}${given ? ` (got "${given}")` : ''}.`;
      return `${label} has too many entries (at most ${issue.maximum}).`;
    case 'invalid_format':
      return issue.format === 'email' ? `"${given ?? ''}" is not an email address.` : `"${given ?? ''}" is not a valid ${label}.`;
    default:
      return `${label}: ${issue.message}`;
  }
}
