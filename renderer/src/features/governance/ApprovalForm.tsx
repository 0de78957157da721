import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import type { Approval } from '../../domain/governance/approval';
import { planFingerprint } from '../../domain/governance/planContent';
import { approveVersion, PlanVersionError, type PlanVersion } from '../../domain/governance/planVersion';
import { SigningError, signApproval } from '../../domain/governance/signing';
import { newRecordId } from '../../domain/record';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { fingerprintGroups } from './format';
import { serialWrite, useToday } from './hooks';

/** The approver's earlier signature, found by name: signing again with the same salt gives the same public key. */
function earlierApprovalBy(approvals: readonly Approval[], name: string): Approval | undefined {
  const wanted = name.trim().toLocaleLowerCase();
  return [...approvals].filter((a) => a.approverName.trim().toLocaleLowerCase() === wanted).sort((a, b) => b.date.localeCompare(a.date))[0];
}

/** Lets the browser paint "Signing…" before the key derivation takes the main thread for a moment. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

interface Props {
  version: PlanVersion;
  versions: readonly PlanVersion[];
  approvals: readonly Approval[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Management sign-off: name, role, date and the approver's own signing passphrase, from which an
 * Ed25519 key is derived (Argon2id) to sign the version's fingerprint. Signing approves the
 * version and supersedes the one approved before it, in one save.
 */
export function ApprovalForm({ version, versions, approvals, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const today = useToday();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [date, setDate] = useState(today);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [newKey, setNewKey] = useState(false);
  const [keyMismatch, setKeyMismatch] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const earlier = name.trim() ? earlierApprovalBy(approvals, name) : undefined;
  const firstTime = !earlier || newKey;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!name.trim()) return setError(t('governance.approve.errors.name'));
    if (!role.trim()) return setError(t('governance.approve.errors.role'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError(t('governance.approve.errors.date'));
    if (passphrase.length < 8) return setError(t('governance.approve.errors.short'));
    if (firstTime && passphrase !== confirm) return setError(t('governance.approve.errors.mismatch'));
    const fingerprint = version.fingerprint;
    if (!fingerprint) return setError(t('governance.approve.errors.notInReview'));
    setBusy(true);
    await nextFrame();
    try {
      if (await store.vault.verifyPassphrase(passphrase)) {
        setError(t('governance.approve.errors.vaultPassphrase'));
        return;
      }
      const approval = await signApproval({
        id: newRecordId(),
        updatedAt: new Date().toISOString(),
        versionId: version.id,
        fingerprint,
        approverName: name,
        approverRole: role,
        date,
        passphrase,
        ...(earlier && !newKey ? { approverKdf: earlier.kdf } : {}),
      });
      if (earlier && !newKey && approval.publicKey !== earlier.publicKey) {
        setKeyMismatch(true);
        setError(t('governance.approve.errors.keyMismatch', { date: earlier.date }));
        return;
      }
      const at = new Date().toISOString();
      const cosign = version.status === 'approved';
      await serialWrite(store, async (s) => {
        // A co-signature on the version in force adds a signature over its frozen fingerprint and
        // changes nothing else; the first signature approves the version and supersedes the last.
        const changed = cosign ? [] : approveVersion(versions, version.id, { at, approvals: [...approvals, approval], currentFingerprint: planFingerprint(s.vault.all('records')) });
        await s.save(approval, ...changed);
        await s.note({
          action: 'sign',
          entityKind: version.kind,
          entityId: version.id,
          entityLabel: `Plan version ${version.number}`,
          after: `${cosign ? 'Co-signed' : 'Approved'} by ${approval.approverName} (${approval.approverRole}) on ${approval.date}; fingerprint ${fingerprint.slice(0, 16)}…; public key ${approval.publicKey.slice(0, 16)}…`,
        });
      });
      setPassphrase('');
      setConfirm('');
      onDone(t(cosign ? 'governance.approve.cosigned' : 'governance.approve.done', { number: version.number, name: approval.approverName }));
    } catch (e) {
      if (e instanceof SigningError) setError(t(`governance.approve.errors.${e.reason}`));
      else if (e instanceof PlanVersionError) setError(t(`governance.versions.errors.${e.reason}`));
      else setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="lb-approve-title">
      <Stack maw={640}>
        <Title order={3} size="h4" id="lb-approve-title">{t(version.status === 'approved' ? 'governance.approve.cosignTitle' : 'governance.approve.title', { number: version.number })}</Title>
        <Text>{t('governance.approve.intro')}</Text>
        <Text size="sm">{t('governance.approve.fingerprintLabel')}</Text>
        <Text className="lb-fingerprint" data-testid="approval-fingerprint">{fingerprintGroups(version.fingerprint)}</Text>
        <TextInput label={t('governance.approve.fieldName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required autoComplete="name" />
        <TextInput label={t('governance.approve.fieldRole')} description={t('governance.approve.fieldRoleHint')} value={role} onChange={(e) => setRole(e.currentTarget.value)} required />
        <TextInput type="date" label={t('governance.approve.fieldDate')} value={date} onChange={(e) => setDate(e.currentTarget.value)} required maw={220} />
        <Alert color="blue" title={t('governance.approve.passphraseTitle')}>
          {earlier && !newKey ? t('governance.approve.passphraseAgain', { date: earlier.date }) : t('governance.approve.passphraseExplain')}
        </Alert>
        <PasswordInput label={t('governance.approve.fieldPassphrase')} description={t('governance.approve.fieldPassphraseHint')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} required autoComplete="off" />
        {firstTime && (
          <PasswordInput label={t('governance.approve.fieldConfirm')} value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} required autoComplete="off" />
        )}
        {(keyMismatch || newKey) && earlier && (
          <Checkbox label={t('governance.approve.newKey')} checked={newKey} onChange={(e) => setNewKey(e.currentTarget.checked)} />
        )}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {busy && <Text role="status">{t('governance.approve.working')}</Text>}
        <Group>
          <Button type="submit" loading={busy}>{t(version.status === 'approved' ? 'governance.approve.cosignSubmit' : 'governance.approve.submit')}</Button>
          <Button variant="default" onClick={onCancel} disabled={busy}>{t('governance.common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
