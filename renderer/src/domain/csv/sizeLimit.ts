import type { RowError } from './rowError';

/** Larger than any small business's inventory; refusing early keeps a stray export from freezing the app. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

/** For the UI to call with File.size before reading the file at all. */
export function checkCsvSize(byteLength: number): RowError | undefined {
  if (byteLength <= MAX_CSV_BYTES) return undefined;
  const mb = (byteLength / (1024 * 1024)).toFixed(1);
  return {
    line: 1,
    code: 'file-too-large',
    message: `The file is ${mb} MB; the limit is 10 MB. Split it into smaller files, or remove columns you do not need.`,
  };
}

/** The same check for text already in memory. */
export function checkCsvTextSize(text: string): RowError | undefined {
  // A UTF-16 unit encodes to 1–3 bytes, so the length alone settles most files without encoding them.
  if (text.length * 3 <= MAX_CSV_BYTES) return undefined;
  if (text.length > MAX_CSV_BYTES) return checkCsvSize(text.length);
  return checkCsvSize(new TextEncoder().encode(text).length);
}
