import { Text, View } from '@react-pdf/renderer';
import { Facts, Heading, Table } from '../components';
import type { LayoutHooks } from '../frame';
import { MONO_FONT } from '../fonts';
import { styles } from '../layout';
import type { CoverModel, ExerciseRow, PdfStrings, StrategiesModel } from '../model';
import { breakLongTokens } from '../text';

/** 128 hex characters as 4 lines of 8 groups of 4: easy to compare with the screen. */
function fingerprintLines(hex: string): string {
  const groups = hex.match(/.{1,4}/g) ?? [];
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += 8) lines.push(groups.slice(i, i + 8).join(' '));
  return lines.join('\n');
}

export function coverContent(cover: CoverModel, strings: PdfStrings) {
  const s = strings.cover;
  return [
    <Text key="kicker" style={[styles.h3, { marginTop: 40 }]}>{s.kicker.toUpperCase()}</Text>,
    <Text key="title" style={{ fontSize: 26, lineHeight: '32pt', fontWeight: 700 }}>{s.title}</Text>,
    <Text key="org" style={{ fontSize: 18, lineHeight: '24pt', marginBottom: 18 }}>{cover.organisation}</Text>,
    <Facts
      key="facts"
      facts={[
        [s.version, cover.planVersion],
        [s.printed, cover.printedAt],
        [s.approval, cover.approval],
        [s.approvedBy, cover.approvedBy.join('; ')],
      ]}
    />,
    <View key="fingerprint" style={styles.box} wrap={false}>
      <Text style={styles.bold}>{s.fingerprint}</Text>
      <Text style={{ fontFamily: MONO_FONT, fontSize: 9, lineHeight: '12pt', marginVertical: 4 }}>{fingerprintLines(cover.fingerprint)}</Text>
      <Text style={styles.small}>{s.fingerprintHint}</Text>
    </View>,
    <Text key="use" style={[styles.para, { marginTop: 12 }]}>{s.use}</Text>,
  ];
}

export interface TocEntry {
  key: string;
  title: string;
  /** Indented under the entry before it (runbooks under "Runbooks"). */
  nested?: boolean;
  /** The section whose first page this entry shows, when it is not its own. */
  pageOf?: string;
}

/**
 * The contents: titles now, page numbers through render props read from the layout hooks
 * (see frame.tsx). Every row has the same height in both layout rounds, so recording the
 * numbers cannot move them.
 */
export function tocContent(entries: readonly TocEntry[], strings: PdfStrings, hooks: LayoutHooks) {
  const s = strings.cover;
  return [
    <Heading key="title" level={1}>{s.contents}</Heading>,
    ...entries.map((entry) => (
      // Not a row and not wrap={false}: the number is an absolute dynamic child, so only it is
      // re-rendered per layout round and it takes no flow space; the row's height never changes.
      <View key={`toc-${entry.key}`} style={styles.tocRow}>
        <Text style={[styles.tocTitle, entry.nested ? { paddingLeft: 14 } : styles.bold]}>{entry.title}</Text>
        <Text style={styles.tocPage} render={() => String(hooks.sectionStarts.get(entry.pageOf ?? entry.key) ?? '')} />
      </View>
    )),
  ];
}

export function strategiesContent(model: StrategiesModel, strings: PdfStrings, title: string) {
  const s = strings.strategies;
  const out = [<Heading key="title" level={1}>{title}</Heading>, <Text key="intro" style={styles.para}>{s.intro}</Text>];
  if (model.processes.length === 0) out.push(<Text key="none" style={styles.para}>{s.none}</Text>);
  model.processes.forEach((p, i) => {
    out.push(
      <Heading key={`p${i}`} level={3} minPresenceAhead={48}>
        {p.processName}
        <Text style={[styles.small, { fontWeight: 400 }]}>{`\n${p.targets}  ·  ${p.achievable}`}</Text>
      </Heading>,
    );
    if (p.strategies.length === 0) out.push(<Text key={`n${i}`} style={styles.para}>{s.noStrategies}</Text>);
    else
      out.push(
        <Table
          key={`t${i}`}
          keyPrefix={`p${i}-`}
          columns={[
            { label: s.strategy, width: 40 },
            { label: s.owner, width: 18 },
            { label: s.activation, width: 14 },
            { label: s.oneOff, width: 14, align: 'right' },
            { label: s.yearly, width: 14, align: 'right' },
          ]}
          rows={p.strategies.map((st) => [st.name, st.owner, st.activation, st.oneOff, st.yearly])}
        />,
      );
    out.push(
      <Text key={`g${i}`} style={styles.para}>
        <Text style={styles.bold}>{`${s.gaps}: `}</Text>
        {p.gaps.length === 0 ? s.noGaps : p.gaps.map((g) => `\n•  ${breakLongTokens(g, 80)}`).join('')}
      </Text>,
    );
  });
  out.push(<Text key="totals" style={[styles.para, styles.bold, { marginTop: 6 }]}>{model.totals}</Text>);
  return out;
}

export function exercisesContent(rows: readonly ExerciseRow[], strings: PdfStrings, title: string) {
  const s = strings.exercises;
  return [
    <Heading key="title" level={1}>{title}</Heading>,
    <Text key="intro" style={styles.para}>{s.intro}</Text>,
    rows.length === 0 ? (
      <Text key="table" style={styles.para}>{s.none}</Text>
    ) : (
      <Table
        key="table"
        columns={[
          { label: s.exercise, width: 36, bold: true },
          { label: s.every, width: 14 },
          { label: s.lastHeld, width: 16 },
          { label: s.nextDue, width: 16 },
          { label: s.state, width: 18 },
        ]}
        rows={rows.map((r) => [r.title, r.every, r.lastHeld, r.nextDue, r.state])}
      />
    ),
  ];
}
