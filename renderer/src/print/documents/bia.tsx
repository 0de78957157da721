import { Text } from '@react-pdf/renderer';
import { Heading, Table } from '../components';
import { styles } from '../layout';
import type { BiaModel, PdfStrings } from '../model';
import { breakLongTokens } from '../text';

/** The top-five table and every review finding, worst first; severity is spelled out, not coloured. */
export function biaContent(bia: BiaModel, strings: PdfStrings, title: string) {
  const s = strings.bia;
  return [
    <Heading key="title" level={1}>{title}</Heading>,
    <Text key="intro" style={styles.para}>{s.intro}</Text>,
    bia.rows.length === 0 ? (
      <Text key="table" style={styles.para}>{s.none}</Text>
    ) : (
      <Table
        key="table"
        columns={[
          { label: s.rank, width: 4, align: 'right' },
          { label: s.process, width: 18, bold: true },
          { label: s.owner, width: 14 },
          { label: s.mtpd, width: 9 },
          { label: s.rto, width: 9 },
          { label: s.rpo, width: 9 },
          { label: s.tier, width: 12 },
          { label: s.dependencies, width: 25 },
        ]}
        rows={bia.rows.map((r) => [String(r.rank), r.name, r.owner, r.mtpd, r.rto, r.rpo, r.tier, r.dependencies])}
      />
    ),
    <Heading key="warnings-h" level={2}>{s.warnings}</Heading>,
    ...(bia.warnings.length === 0
      ? [<Text key="w-none" style={styles.para}>{s.noWarnings}</Text>]
      : bia.warnings.map((w, i) => (
          <Text key={`w${i}`} style={styles.para}>
            <Text style={styles.bold}>{`${w.severity}  `}</Text>
            {breakLongTokens(w.text, 80)}
          </Text>
        ))),
  ];
}
