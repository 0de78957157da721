/**
 * Lower-case ASCII words joined by hyphens ("Café Orders" → "cafe-orders"): safe in file names on
 * every OS and in Git, and the form in which roles are written inside placeholders.
 */
export function slug(text: string, maxLength = 60): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, maxLength).replace(/-+$/, '');
}
