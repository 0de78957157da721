// Generators for the CSV round-trip properties: text full of what breaks naive CSV code.
import fc from 'fast-check';

const nasty = fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', ';', '\t', '=', '+', '-', '@', "'", ' ', 'a', 'Z', 'é', 'ß', '中', '😀', '\u200b', '|', ':');

/** Strings mixing CSV metacharacters, formula triggers and non-ASCII text. */
export const nastyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: nasty, maxLength: Math.min(maxLength, 30) }),
    fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 30) }),
    fc.constantFrom('=1+1', '+SUM(A1)', '-2', '@cmd', "'=already", '=HYPERLINK("http://evil")', 'line one\nline two', 'say "hi", then go'),
  );

/** Text the schema keeps as is (it trims), and never empty. */
export const nastyName = nastyText(60)
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

/** Single-line text, for impact notes. */
export const nastyLine = nastyText(60)
  .map((s) => s.replace(/[\r\n]/g, ' ').trim())
  .filter((s) => s.length > 0);

export const optionalMinutes = fc.option(fc.integer({ min: 0, max: 525_600 }), { nil: undefined });

/** At least one row (an empty export reads back as "no data rows"), with names that stay distinct however the importer compares them (trimmed, case-insensitive, NFC). */
export const distinctByName = <T>(arb: fc.Arbitrary<T>, nameOf: (t: T) => string, maxLength: number) =>
  fc.uniqueArray(arb, { selector: (t) => nameOf(t).normalize('NFC').trim().toLocaleLowerCase('en'), minLength: 1, maxLength });
