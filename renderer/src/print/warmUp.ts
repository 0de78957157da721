import type { PaperSize, PdfStrings, PrintJob, StepModel } from './model';

const STEPS = 12;
const ROWS = 24;

/**
 * A small kit, made up, that the print worker renders and throws away before any real job: it
 * loads react-pdf, the fonts and the layout engine, and lets the JIT compile the paths every
 * document takes (a framed page with header and "Page N of M", a table that repeats its header,
 * steps with commands and details, a contents page). Nothing from the plan is in it.
 */
export function warmUpJob(strings: PdfStrings, paper: PaperSize): PrintJob {
  const step = (n: number): StepModel => ({
    number: n,
    title: `Warm-up step ${n}`,
    role: 'Incident lead',
    expected: '5 min',
    after: n > 1 ? `after step ${n - 1}` : '',
    command: `systemctl status warm-up-${n}.service && journalctl -u warm-up-${n}.service --since "-15 min" | tail -n 50 | grep --color=never -E "error|failed|timeout"`,
    verification: 'The service reports active (running).',
    warning: n % 3 === 0 ? 'Do not restart the database while a backup is running.' : '',
    rollback: '',
    evidence: 'Terminal output with the time.',
    sends: [],
  });
  const contact = (n: number) => ({
    level: 1 + (n % 4),
    name: `Contact ${n}`,
    role: 'On-call engineer',
    organisation: '',
    availability: '24/7',
    primaryPhone: '+44 7700 900000',
    backupPhone: '+44 7700 900001',
    email: `contact${n}@example.invalid`,
    wait: '15 min',
  });
  return {
    frame: { organisation: 'Warm-up', classification: 'Confidential', planVersion: '0', printedAt: '2000-01-01 00:00 UTC', paper },
    strings,
    title: 'Warm-up',
    fileName: 'warm-up',
    model: {
      document: 'kit',
      cover: { organisation: 'Warm-up', planVersion: '0', printedAt: '2000-01-01', approval: '', approvedBy: [], fingerprint: '0'.repeat(128) },
      bia: { rows: [], warnings: [] },
      strategies: { processes: [], totals: '' },
      runbooks: [
        {
          id: 'warm-up',
          title: 'Warm-up runbook',
          processName: 'Warm-up',
          scenario: 'Warm-up',
          rto: '4 h',
          estimate: '1 h',
          activationCriteria: ['Never: this document is not printed.'],
          mayActivate: ['Nobody'],
          roles: [],
          escalation: Array.from({ length: 3 }, (_, i) => ({ order: i + 1, ...contact(i) })),
          steps: Array.from({ length: STEPS }, (_, i) => step(i + 1)),
          communications: [{ title: 'Notice', audience: 'staff', channel: 'email', subject: 'Warm-up', body: 'Warm-up message.' }],
        },
      ],
      contacts: Array.from({ length: ROWS }, (_, i) => contact(i)),
      vendors: [],
      exercises: [],
    },
  };
}
