import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { reviewStatus } from '../../domain/governance/annualReview';
import { diffPlans } from '../../domain/governance/planDiff';
import {
  currentApprovedVersion,
  newDraftVersion,
  PlanVersionError,
  transitionPlanVersion,
  type PlanVersion,
  type PlanVersionStatus,
} from '../../domain/governance/planVersion';
import { checkSignOff, type SignOffCheck, type SignOffState } from '../../domain/governance/signOff';
import { newRecordId } from '../../domain/record';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { ApprovalForm } from './ApprovalForm';
import { fingerprintGroups, formatCalendarDate, formatInstant } from './format';
import { serialWrite, useAllRecords, useGovernanceRecords, useToday } from './hooks';
import { SECTION_IDS } from './paths';
import { PlanChanges } from './PlanChanges';
import { useScrollToHash } from './useScrollToHash';
import '../exercises/exercises.css';

const STATUS_COLOURS: Record<PlanVersionStatus, string> = { draft: 'gray', 'in-review': 'blue', approved: 'green', superseded: 'dark' };
export const SIGN_OFF_COLOURS: Record<SignOffState, string> = { 'not-approved': 'gray', valid: 'green', invalid: 'red', 'changed-since-approval': 'orange' };

/** Step 5 of the seed: versions of the plan, management sign-off with real signatures, and the annual review. */
export function SignOffScreen() {
  const { t } = useTranslation();
  const records = useAllRecords();
  const { versions, approvals } = useGovernanceRecords();
  useScrollToHash();
  const approved = currentApprovedVersion(versions);
  const check = useMemo(() => checkSignOff(approved, approvals, records), [approved, approvals, records]);
  const [verified, setVerified] = useState<{ check: SignOffCheck; at: string } | null>(null);
  const [signing, setSigning] = useState<string | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);

  return (
    <Stack gap="xl" className="lb-gov">
      <Stack>
        <Title order={1} size="h2">{t('governance.signOff.title')}</Title>
        <Text maw={720}>{t('governance.signOff.intro')}</Text>
      </Stack>
      <InForce check={check} approved={approved} onVerified={(c) => setVerified({ check: c, at: new Date().toISOString() })} />
      {verified && <VerificationResult check={verified.check} at={verified.at} />}
      <AnnualReview approved={approved} />
      {message && <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>{message.text}</Alert>}
      <Versions
        versions={versions}
        currentFingerprint={check.currentFingerprint}
        signing={signing}
        onSign={(id) => {
          setMessage(null);
          setSigning(id);
        }}
        onMessage={setMessage}
      />
      {signing && versions.find((v) => v.id === signing && (v.status === 'in-review' || v.status === 'approved')) && (
        <Paper withBorder p="md">
          <ApprovalForm
            version={versions.find((v) => v.id === signing) as PlanVersion}
            versions={versions}
            approvals={approvals}
            onCancel={() => setSigning(null)}
            onDone={(text) => {
              setSigning(null);
              setVerified(null);
              setMessage({ color: 'green', text });
            }}
          />
        </Paper>
      )}
    </Stack>
  );
}

function InForce({ check, approved, onVerified }: { check: SignOffCheck; approved: PlanVersion | undefined; onVerified: (check: SignOffCheck) => void }) {
  const { t, i18n } = useTranslation();
  const store = usePlanStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function verify() {
    setBusy(true);
    setError(null);
    try {
      // Recomputed from what is stored now, not from what this screen last rendered.
      const fresh = await serialWrite(store, async (s) => {
        const all = s.vault.all('records');
        const result = checkSignOff(approved, check.approvals.map((a) => a.approval), all);
        await s.note({
          action: 'verify',
          entityKind: approved?.kind ?? 'plan-version',
          entityId: approved?.id ?? 'plan',
          entityLabel: approved ? `Plan version ${approved.number}` : 'Plan',
          after: `Sign-off verified: ${result.state}${result.changes.length > 0 ? ` (${result.changes.length} changes)` : ''}`,
        });
        return result;
      });
      onVerified(fresh);
    } catch (e) {
      setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="lb-in-force">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h3" id="lb-in-force">{t('governance.signOff.inForceTitle')}</Title>
            <Badge size="lg" color={SIGN_OFF_COLOURS[check.state]} variant="light">{t(`governance.signOffStates.${check.state}`)}</Badge>
          </Group>
          {approved ? (
            <Text>
              {t('governance.signOff.inForce', {
                number: approved.number,
                date: formatCalendarDate(approved.approvedOn, i18n.language),
                names: check.approvals.map((a) => `${a.approval.approverName} (${a.approval.approverRole})`).join(', '),
              })}
            </Text>
          ) : (
            <Text>{t('governance.signOff.noneApproved')}</Text>
          )}
          <Text>{t(`governance.signOff.stateExplain.${check.state}`)}</Text>
          <Text size="sm">{t('governance.signOff.currentFingerprint')}</Text>
          <Text className="lb-fingerprint" data-testid="current-fingerprint">{fingerprintGroups(check.currentFingerprint)}</Text>
          {approved?.fingerprint && approved.fingerprint !== check.currentFingerprint && (
            <>
              <Text size="sm">{t('governance.signOff.approvedFingerprint')}</Text>
              <Text className="lb-fingerprint">{fingerprintGroups(approved.fingerprint)}</Text>
            </>
          )}
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Group>
            <Button onClick={() => void verify()} loading={busy} disabled={!approved}>{t('governance.signOff.verify')}</Button>
          </Group>
        </Stack>
      </Paper>
    </section>
  );
}

/** The answer of "Verify": each signature's verdict, and what changed when the plan moved on. */
function VerificationResult({ check, at }: { check: SignOffCheck; at: string }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="lb-verification">
      <Alert color={SIGN_OFF_COLOURS[check.state]} title={t(`governance.signOff.result.${check.state}`)} role="status">
        <Stack gap="sm">
          <Text size="sm" id="lb-verification">{t('governance.signOff.verifiedAt', { at: formatInstant(at, i18n.language) })}</Text>
          {check.approvals.length > 0 && (
            <div className="lb-table-scroll">
              <Table>
                <caption className="lb-sr-only">{t('governance.signOff.signaturesCaption')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('governance.signOff.columnApprover')}</Table.Th>
                    <Table.Th scope="col">{t('governance.signOff.columnDate')}</Table.Th>
                    <Table.Th scope="col">{t('governance.signOff.columnKey')}</Table.Th>
                    <Table.Th scope="col">{t('governance.signOff.columnVerdict')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {check.approvals.map(({ approval, verdict }) => (
                    <Table.Tr key={approval.id}>
                      <Table.Th scope="row">{`${approval.approverName}, ${approval.approverRole}`}</Table.Th>
                      <Table.Td>{formatCalendarDate(approval.date, i18n.language)}</Table.Td>
                      <Table.Td className="lb-hash">{fingerprintGroups(approval.publicKey)}</Table.Td>
                      <Table.Td><Text fw={700}>{t(`governance.signOffStates.${verdict}`)}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
          {check.state === 'changed-since-approval' && (
            <>
              <Title order={3} size="h4" id="lb-changes-since">{t('governance.signOff.changesTitle')}</Title>
              <PlanChanges changes={check.changes} labelledBy="lb-changes-since" />
              <Text>{t('governance.signOff.changesNext')}</Text>
            </>
          )}
        </Stack>
      </Alert>
    </section>
  );
}

function AnnualReview({ approved }: { approved: PlanVersion | undefined }) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const status = reviewStatus(approved, today);
  const colour = status.state === 'overdue' ? 'red' : status.state === 'due-soon' ? 'yellow' : status.state === 'current' ? 'green' : 'gray';
  return (
    <section id={SECTION_IDS.review} aria-labelledby="lb-review-title">
      <Stack gap="xs">
        <Group>
          <Title order={2} size="h3" id="lb-review-title">{t('governance.review.title')}</Title>
          <Badge color={colour} variant="light">{t(`governance.review.states.${status.state}`)}</Badge>
        </Group>
        {status.state === 'not-approved' ? (
          <Text>{t('governance.review.notApproved')}</Text>
        ) : (
          <Text>
            {status.state === 'overdue'
              ? t('governance.review.overdue', { date: formatCalendarDate(status.nextReviewDue, i18n.language), count: -status.daysUntilDue })
              : t('governance.review.due', { date: formatCalendarDate(status.nextReviewDue, i18n.language), count: status.daysUntilDue })}
          </Text>
        )}
        <Text size="sm" c="dimmed" maw={720}>{t('governance.review.how')}</Text>
      </Stack>
    </section>
  );
}

interface VersionsProps {
  versions: PlanVersion[];
  currentFingerprint: string;
  signing: string | null;
  onSign: (id: string) => void;
  onMessage: (message: { color: string; text: string } | null) => void;
}

function Versions({ versions, currentFingerprint, signing, onSign, onMessage }: VersionsProps) {
  const { t, i18n } = useTranslation();
  const store = usePlanStore();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [showDiff, setShowDiff] = useState<string | null>(null);
  const open = versions.find((v) => v.status === 'draft' || v.status === 'in-review');
  const approved = currentApprovedVersion(versions);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    onMessage(null);
    try {
      await task();
    } catch (e) {
      if (e instanceof PlanVersionError) onMessage({ color: 'red', text: t(`governance.versions.errors.${e.reason}`) });
      else onMessage({ color: 'red', text: userMessage(t, e) });
    } finally {
      setBusy(false);
    }
  }

  const startDraft = (event: FormEvent) => {
    event.preventDefault();
    void run(() =>
      serialWrite(store, async (s) => {
        const draft = newDraftVersion(versions[0], { id: newRecordId(), updatedAt: new Date().toISOString(), note: note.trim() });
        await s.save(draft);
        setNote('');
      }),
    );
  };

  const transition = (version: PlanVersion, type: 'submit' | 'withdraw') =>
    run(() =>
      serialWrite(store, async (s) => {
        const at = new Date().toISOString();
        const next = transitionPlanVersion(version, type === 'submit' ? { type, at, records: s.vault.all('records') } : { type, at });
        await s.save(next);
        await s.note({
          action: 'transition',
          entityKind: version.kind,
          entityId: version.id,
          entityLabel: `Plan version ${version.number}`,
          before: version.status,
          after: type === 'submit' ? `in-review; fingerprint ${next.fingerprint?.slice(0, 16) ?? ''}…` : next.status,
        });
        onMessage({ color: 'green', text: t(type === 'submit' ? 'governance.versions.submitted' : 'governance.versions.withdrawn', { number: version.number }) });
      }),
    );

  return (
    <section aria-labelledby="lb-versions-title">
      <Stack>
        <Title order={2} size="h3" id="lb-versions-title">{t('governance.versions.title')}</Title>
        <Text maw={720}>{t('governance.versions.intro')}</Text>
        {versions.length > 0 && (
          <div className="lb-table-scroll">
            <Table withTableBorder aria-labelledby="lb-versions-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('governance.versions.columnNumber')}</Table.Th>
                  <Table.Th scope="col">{t('governance.versions.columnStatus')}</Table.Th>
                  <Table.Th scope="col">{t('governance.versions.columnDates')}</Table.Th>
                  <Table.Th scope="col">{t('governance.versions.columnFingerprint')}</Table.Th>
                  <Table.Th scope="col"><span className="lb-sr-only">{t('governance.common.actions')}</span></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versions.map((v) => {
                  const changedInReview = v.status === 'in-review' && v.fingerprint !== currentFingerprint;
                  return (
                    <Table.Tr key={v.id}>
                      <Table.Th scope="row">
                        {t('governance.versions.number', { number: v.number })}
                        {v.note && <Text size="sm" c="dimmed">{v.note}</Text>}
                      </Table.Th>
                      <Table.Td><Badge color={STATUS_COLOURS[v.status]} variant="light">{t(`governance.versionStatuses.${v.status}`)}</Badge></Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {[
                            v.submittedAt ? t('governance.versions.submittedOn', { date: formatInstant(v.submittedAt, i18n.language) }) : '',
                            v.approvedOn ? t('governance.versions.approvedOn', { date: formatCalendarDate(v.approvedOn, i18n.language) }) : '',
                            v.nextReviewDue && v.status === 'approved' ? t('governance.versions.reviewBy', { date: formatCalendarDate(v.nextReviewDue, i18n.language) }) : '',
                            v.supersededAt ? t('governance.versions.supersededOn', { date: formatInstant(v.supersededAt, i18n.language) }) : '',
                          ].filter(Boolean).join(' · ') || t('governance.common.notSet')}
                        </Text>
                        {changedInReview && <Text size="sm" c="red.9">{t('governance.versions.changedInReview')}</Text>}
                      </Table.Td>
                      <Table.Td className="lb-hash">{v.fingerprint ? fingerprintGroups(v.fingerprint).slice(0, 39) + ' …' : t('governance.versions.notFrozen')}</Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          {v.status === 'draft' && (
                            <Button size="xs" onClick={() => void transition(v, 'submit')} loading={busy}>{t('governance.versions.submit')}</Button>
                          )}
                          {v.status === 'in-review' && !changedInReview && signing !== v.id && (
                            <Button size="xs" onClick={() => onSign(v.id)}>{t('governance.versions.sign')}</Button>
                          )}
                          {v.status === 'in-review' && (
                            <Button size="xs" variant="default" onClick={() => void transition(v, 'withdraw')} loading={busy}>{t('governance.versions.withdraw')}</Button>
                          )}
                          {v.status === 'approved' && v.fingerprint === currentFingerprint && signing !== v.id && (
                            <Button size="xs" variant="default" onClick={() => onSign(v.id)}>{t('governance.versions.cosign')}</Button>
                          )}
                          {v.snapshot && approved && approved.id !== v.id && approved.snapshot && v.status === 'in-review' && (
                            <Button size="xs" variant="subtle" onClick={() => setShowDiff(showDiff === v.id ? null : v.id)} aria-expanded={showDiff === v.id}>
                              {t('governance.versions.showChanges', { number: approved.number })}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {showDiff && approved?.snapshot && (
          <Paper withBorder p="md">
            <Title order={3} size="h4" id="lb-version-diff" mb="xs">{t('governance.versions.changesTitle', { number: approved.number })}</Title>
            <PlanChanges changes={diffPlans(approved.snapshot, versions.find((v) => v.id === showDiff)?.snapshot ?? [])} labelledBy="lb-version-diff" />
          </Paper>
        )}
        {!open && (
          <form onSubmit={startDraft} noValidate>
            <Stack maw={640} gap="xs">
              <Textarea label={t('governance.versions.fieldNote')} description={t('governance.versions.fieldNoteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} />
              <Group><Button type="submit" loading={busy}>{t('governance.versions.new')}</Button></Group>
            </Stack>
          </form>
        )}
      </Stack>
    </section>
  );
}
