import type { ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { CONTENT_WIDTH, styles, TABLE_FONT } from './layout';
import { breakLongTokens, charsThatFit } from './text';

/**
 * Building blocks kept lean on purpose: react-pdf's time grows with the number of nodes, so a
 * table row is one View of Texts, a list is one Text, and nothing is nested without need.
 */

export interface Column {
  label: string;
  /** Share of the content width, in percent; the columns of a table add up to 100. */
  width: number;
  align?: 'left' | 'right';
  bold?: boolean;
}

/** Cell text with long tokens broken, so an address or URL wraps inside its column instead of being cut. */
export function cellText(text: string, widthPercent: number): string {
  return breakLongTokens(text, charsThatFit((CONTENT_WIDTH * widthPercent) / 100 - 4, TABLE_FONT));
}

/**
 * A table whose header row repeats on every page it continues onto (a `fixed` child of the
 * table's container) and whose rows never split across a page break.
 */
export function Table({ columns, rows, keyPrefix = 'r' }: { columns: readonly Column[]; rows: readonly (readonly string[])[]; keyPrefix?: string }) {
  const widths = columns.map((c) => `${c.width}%`);
  return (
    <View style={styles.table}>
      <View style={styles.headRow} fixed>
        {columns.map((c, i) => (
          <Text key={i} style={[styles.headCell, { width: widths[i]!, textAlign: c.align ?? 'left' }]}>{c.label}</Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={`${keyPrefix}${r}`} style={styles.row} wrap={false}>
          {columns.map((c, i) => (
            <Text key={i} style={[styles.cell, { width: widths[i]!, textAlign: c.align ?? 'left' }, c.bold ? styles.bold : {}]}>
              {cellText(row[i] ?? '', c.width)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/** Bulleted lines as one Text. */
export function Bullets({ items, empty }: { items: readonly string[]; empty?: string }) {
  if (items.length === 0) return empty ? <Text style={styles.para}>{empty}</Text> : null;
  return <Text style={styles.para}>{items.map((item) => `•  ${breakLongTokens(item, 80)}`).join('\n')}</Text>;
}

/** "Label: value" pairs, label bold, as one Text. */
export function Facts({ facts }: { facts: ReadonlyArray<readonly [string, string]> }) {
  const shown = facts.filter(([, value]) => value !== '');
  return (
    <Text style={styles.para}>
      {shown.map(([label, value], i) => (
        <Text key={i}>
          <Text style={styles.bold}>{`${label}: `}</Text>
          {`${breakLongTokens(value, 80)}${i < shown.length - 1 ? '\n' : ''}`}
        </Text>
      ))}
    </Text>
  );
}

export function Heading({ level, children, minPresenceAhead }: { level: 1 | 2 | 3; children: ReactNode; minPresenceAhead?: number }) {
  const style = level === 1 ? styles.h1 : level === 2 ? styles.h2 : styles.h3;
  return (
    <Text style={style} minPresenceAhead={minPresenceAhead ?? 36}>
      {children}
    </Text>
  );
}

/** A box to tick with a pen: Roboto has no ☐ glyph, so it is drawn. */
export function Checkbox() {
  return <View style={styles.checkbox} />;
}
