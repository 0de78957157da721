import { Text } from '@react-pdf/renderer';
import { Heading, Table } from '../components';
import { styles } from '../layout';
import type { ContactRow, PdfStrings, VendorRow } from '../model';

/** Everyone in escalation order: one line per person, so about 45 fit on one page. */
export function callTreeContent(contacts: readonly ContactRow[], strings: PdfStrings, title: string) {
  const s = strings.contacts;
  return [
    <Heading key="title" level={1}>{title}</Heading>,
    <Text key="intro" style={styles.para}>{s.intro}</Text>,
    contacts.length === 0 ? (
      <Text key="table" style={styles.para}>{s.none}</Text>
    ) : (
      <Table
        key="table"
        columns={[
          { label: s.level, width: 5, align: 'right' },
          { label: s.name, width: 17, bold: true },
          { label: s.role, width: 18 },
          { label: s.primary, width: 14 },
          { label: s.backup, width: 14 },
          { label: s.email, width: 25 },
          { label: s.wait, width: 7 },
        ]}
        rows={contacts.map((c) => [
          String(c.level),
          c.name,
          [c.role, c.organisation, c.availability].filter(Boolean).join(' · '),
          c.primaryPhone,
          c.backupPhone,
          c.email,
          c.wait,
        ])}
      />
    ),
  ];
}

/** Suppliers with what to quote and whom to call. */
export function vendorsContent(vendors: readonly VendorRow[], strings: PdfStrings, title: string, level: 1 | 2 = 1) {
  const s = strings.vendors;
  return [
    <Heading key="vendors-title" level={level}>{title}</Heading>,
    <Text key="vendors-intro" style={styles.para}>{s.intro}</Text>,
    vendors.length === 0 ? (
      <Text key="vendors-table" style={styles.para}>{s.none}</Text>
    ) : (
      <Table
        key="vendors-table"
        keyPrefix="v"
        columns={[
          { label: s.vendor, width: 25 },
          { label: s.contract, width: 13 },
          { label: s.sla, width: 22 },
          { label: s.accounts, width: 17 },
          { label: s.support, width: 23 },
        ]}
        rows={vendors.map((v) => [
          v.service ? `${v.name}\n${v.service}` : v.name,
          v.contractReference,
          v.sla,
          v.accounts.join('\n'),
          v.support.join('\n'),
        ])}
      />
    ),
  ];
}
