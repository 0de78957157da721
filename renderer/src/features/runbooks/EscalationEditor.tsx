import { useState, type FormEvent } from 'react';
import { ActionIcon, Alert, Button, Group, NativeSelect, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from '../../i18n';
import { contactSchema, makeContact, type Contact } from '../../domain/contact';
import type { EscalationContactRef } from '../../domain/runbook';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { formatDuration } from '../strategies/format';
import { moveItem, removeAt, replaceAt } from './draft';

export interface EscalationEditorProps {
  escalation: readonly EscalationContactRef[];
  contacts: readonly Contact[];
  onChange: (escalation: EscalationContactRef[]) => void;
}

/** Who to call, in order, and how long to wait for an answer before calling the next. */
export function EscalationEditor({ escalation, contacts, onChange }: EscalationEditorProps) {
  const { t } = useTranslation();
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const available = contacts.filter((c) => !escalation.some((ref) => ref.contactId === c.id));
  const [toAdd, setToAdd] = useState('');
  const [addingNew, setAddingNew] = useState(false);
  const chosen = available.find((c) => c.id === toAdd) ?? available[0];

  return (
    <Stack gap="sm">
      {escalation.length === 0 && <Text size="sm" c="dimmed">{t('response.editor.noEscalation')}</Text>}
      <ol className="lb-escalation-list">
        {escalation.map((ref, index) => {
          const contact = byId.get(ref.contactId);
          const name = contact?.name ?? t('response.editor.missingContact');
          return (
            <li key={ref.contactId}>
              <div className="lb-escalation-row">
                <div className="lb-grow">
                  <Text fw={600}>{name}{contact?.role ? ` (${contact.role})` : ''}</Text>
                  <Text size="sm">{[contact?.primaryPhone, contact?.email].filter(Boolean).join(' · ') || t('response.editor.noPhone')}</Text>
                </div>
                <NumberInput
                  className="lb-wait-input"
                  label={t('response.editor.waitMinutes', { name })}
                  description={contact ? t('response.editor.waitDefault', { duration: formatDuration(t, contact.escalateAfterMinutes) }) : undefined}
                  min={0}
                  allowDecimal={false}
                  value={ref.waitMinutes ?? ''}
                  onChange={(value) => {
                    const { waitMinutes: _old, ...rest } = ref;
                    onChange(replaceAt(escalation, index, typeof value === 'number' ? { ...rest, waitMinutes: value } : rest));
                  }}
                />
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="default" size="lg" disabled={index === 0} onClick={() => onChange(moveItem(escalation, index, index - 1))}
                    aria-label={t('response.editor.contactUp', { name })}><IconArrowUp size={18} aria-hidden /></ActionIcon>
                  <ActionIcon variant="default" size="lg" disabled={index === escalation.length - 1} onClick={() => onChange(moveItem(escalation, index, index + 1))}
                    aria-label={t('response.editor.contactDown', { name })}><IconArrowDown size={18} aria-hidden /></ActionIcon>
                  <ActionIcon variant="subtle" color="red" size="lg" onClick={() => onChange(removeAt(escalation, index))}
                    aria-label={t('response.common.removeNamed', { name })}><IconTrash size={18} aria-hidden /></ActionIcon>
                </Group>
              </div>
            </li>
          );
        })}
      </ol>
      {contacts.length === 0 ? (
        <Alert color="blue">{t('response.editor.noContactsHint')}</Alert>
      ) : available.length > 0 && (
        <Group align="end">
          <NativeSelect label={t('response.editor.contactToAdd')} value={chosen?.id ?? ''}
            data={available.map((c) => ({ value: c.id, label: c.role ? `${c.name} (${c.role})` : c.name }))}
            onChange={(e) => setToAdd(e.currentTarget.value)} />
          <Button variant="default" onClick={() => chosen && onChange([...escalation, { contactId: chosen.id }])}>{t('response.editor.addToEscalation')}</Button>
        </Group>
      )}
      {addingNew || contacts.length === 0 ? (
        <NewContactForm
          onSaved={(contact) => {
            onChange([...escalation, { contactId: contact.id }]);
            setAddingNew(false);
          }}
          onCancel={contacts.length === 0 ? undefined : () => setAddingNew(false)}
        />
      ) : (
        <Group><Button variant="subtle" onClick={() => setAddingNew(true)}>{t('response.editor.newContact')}</Button></Group>
      )}
    </Stack>
  );
}

/** A contact added on the spot, saved to the plan's contacts at once. */
function NewContactForm({ onSaved, onCancel }: { onSaved: (contact: Contact) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [primaryPhone, setPrimaryPhone] = useState('');
  const [backupPhone, setBackupPhone] = useState('');
  const [email, setEmail] = useState('');
  const [wait, setWait] = useState<number>(15);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!name.trim()) {
      setError(t('response.editor.contactNameRequired'));
      return;
    }
    const candidate = { name, role, primaryPhone, backupPhone, email: email.trim(), escalateAfterMinutes: wait };
    const parsed = contactSchema.omit({ id: true, kind: true, updatedAt: true }).safeParse(candidate);
    if (!parsed.success) {
      setError(parsed.error.issues.some((i) => i.path[0] === 'email') ? t('response.editor.contactEmailInvalid') : t('response.editor.contactInvalid'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const contact = makeContact(candidate);
      await store.save(contact);
      onSaved(contact);
    } catch (e) {
      setError(userMessage(t, e));
      setBusy(false);
    }
  }

  // Not a nested <form>: this sits inside the runbook editor, which is not a form itself, but keep Enter local.
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="lb-new-contact">
      <Stack gap="xs">
        <Title order={4} size="h5" id="lb-new-contact">{t('response.editor.newContactTitle')}</Title>
        <Text size="sm" c="dimmed">{t('response.editor.newContactIntro')}</Text>
        <div className="lb-form-grid" onKeyDown={(e) => { if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') { e.preventDefault(); void submit(); } }}>
          <TextInput label={t('response.editor.contactName')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label={t('response.editor.contactRole')} description={t('response.editor.contactRoleHint')} value={role} onChange={(e) => setRole(e.currentTarget.value)} />
          <TextInput label={t('response.editor.contactPhone')} type="tel" value={primaryPhone} onChange={(e) => setPrimaryPhone(e.currentTarget.value)} />
          <TextInput label={t('response.editor.contactBackupPhone')} type="tel" value={backupPhone} onChange={(e) => setBackupPhone(e.currentTarget.value)} />
          <TextInput label={t('response.editor.contactEmail')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <NumberInput label={t('response.editor.contactWait')} min={0} allowDecimal={false} value={wait} onChange={(v) => setWait(typeof v === 'number' ? v : 15)} />
        </div>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group>
          <Button onClick={() => void submit()} loading={busy}>{t('response.editor.saveContact')}</Button>
          {onCancel && <Button variant="default" onClick={onCancel}>{t('response.common.cancel')}</Button>}
        </Group>
      </Stack>
    </Paper>
  );
}
