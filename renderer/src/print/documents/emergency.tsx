import { Text, View } from '@react-pdf/renderer';
import { Heading } from '../components';
import { MONO_FONT } from '../fonts';
import { styles } from '../layout';
import type { PdfStrings } from '../model';
import { fmt } from '../text';

/** Four groups of four per line, large enough to read back over the phone without mistakes. */
function keyLines(key: string): string[] {
  const groups = key.toUpperCase().replace(/\s+/g, '').split('-').filter(Boolean);
  const parts = groups.length > 1 ? groups : (key.match(/.{1,4}/g) ?? []);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 4) lines.push(parts.slice(i, i + 4).join('-'));
  return lines;
}

export function emergencyContent(organisation: string, recoveryKey: string, strings: PdfStrings) {
  const s = strings.emergency;
  return [
    <Heading key="title" level={1}>{s.title}</Heading>,
    <Text key="for" style={styles.para}>{fmt(s.forPlan, { organisation })}</Text>,
    <View key="key" style={styles.box} wrap={false}>
      <Text style={styles.h3}>{s.keyLabel}</Text>
      <Text style={{ fontFamily: MONO_FONT, fontWeight: 700, fontSize: 17, lineHeight: '26pt', letterSpacing: 1 }}>{keyLines(recoveryKey).join('\n')}</Text>
    </View>,
    <View key="warning" style={[styles.box, { borderWidth: 3 }]} wrap={false}>
      <Text style={styles.h3}>{s.warningTitle}</Text>
      <Text>{s.warning}</Text>
    </View>,
    <Heading key="how-h" level={2}>{s.howTitle}</Heading>,
    <Text key="how" style={styles.para}>{s.how.map((line, i) => `${i + 1}.  ${line}`).join('\n')}</Text>,
    <Text key="record" style={[styles.para, { marginTop: 18 }]}>{s.record}</Text>,
    <Text key="kit" style={[styles.small, { marginTop: 12 }]}>{s.notInKit}</Text>,
  ];
}
