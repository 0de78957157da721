import { Text } from '@react-pdf/renderer';
import { Facts, Heading, Table } from '../components';
import { styles } from '../layout';
import type { IncidentTimelineModel, PdfStrings } from '../model';

/** The closed incident as evidence: the key times, then every event in order. */
export function incidentContent(incident: IncidentTimelineModel, strings: PdfStrings, title: string) {
  const s = strings.incident;
  return [
    <Heading key="title" level={1}>{title}</Heading>,
    <Facts key="facts" facts={incident.facts} />,
    <Text key="zone" style={[styles.small, styles.para]}>{incident.zone}</Text>,
    <Table
      key="timeline"
      columns={[
        { label: s.time, width: 22 },
        { label: s.tPlus, width: 13 },
        { label: s.event, width: 55 },
        { label: s.initials, width: 10 },
      ]}
      rows={incident.entries.map((e) => [e.at, e.tPlus, e.text, e.initials])}
    />,
  ];
}
