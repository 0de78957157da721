import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import type { Contact } from '../../domain/contact';
import type { Attendee, Exercise } from '../../domain/exercise/exercise';
import { newRecordId } from '../../domain/record';
import { exerciseErrorText, useExerciseUpdate } from './useExerciseUpdate';

/** Who took part: the attendance list auditors ask for. */
export function AttendancePanel({ exercise, contacts }: { exercise: Exercise; contacts: Contact[] }) {
  const { t } = useTranslation();
  const update = useExerciseUpdate(exercise.id);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [contactId, setContactId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function change(apply: (list: Attendee[]) => Attendee[]) {
    setError(null);
    try {
      await update((current) => ({ attendance: apply(current.attendance) }));
      return true;
    } catch (e) {
      setError(exerciseErrorText(t, e));
      return false;
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError(t('governance.attendance.errors.name'));
    setBusy(true);
    const contact = contacts.find((c) => c.id === contactId);
    const attendee: Attendee = { id: newRecordId(), name: name.trim(), role: role.trim(), present: true, ...(contact && contact.name === name.trim() ? { contactId: contact.id } : {}) };
    if (await change((list) => [...list, attendee])) {
      setName('');
      setRole('');
      setContactId('');
    }
    setBusy(false);
  }

  function pickContact(id: string) {
    setContactId(id);
    const contact = contacts.find((c) => c.id === id);
    if (contact) {
      setName(contact.name);
      setRole(contact.role);
    }
  }

  const present = exercise.attendance.filter((a) => a.present).length;
  return (
    <section aria-labelledby="lb-attendance">
      <Stack>
        <Title order={2} size="h3" id="lb-attendance">{t('governance.attendance.title')}</Title>
        <Text>{t('governance.attendance.summary', { present, total: exercise.attendance.length })}</Text>
        {exercise.attendance.length > 0 && (
          <div className="lb-table-scroll">
            <Table withTableBorder aria-labelledby="lb-attendance">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('governance.attendance.columnName')}</Table.Th>
                  <Table.Th scope="col">{t('governance.attendance.columnRole')}</Table.Th>
                  <Table.Th scope="col">{t('governance.attendance.columnPresent')}</Table.Th>
                  <Table.Th scope="col"><span className="lb-sr-only">{t('governance.common.actions')}</span></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {exercise.attendance.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Th scope="row">{a.name}</Table.Th>
                    <Table.Td>{a.role}</Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('governance.attendance.presentNamed', { name: a.name })}
                        checked={a.present}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          void change((list) => list.map((x) => (x.id === a.id ? { ...x, present: on } : x)));
                        }}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" color="red" onClick={() => void change((list) => list.filter((x) => x.id !== a.id))} aria-label={t('governance.attendance.removeNamed', { name: a.name })}>
                        {t('governance.common.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        <form onSubmit={add} noValidate aria-label={t('governance.attendance.addLabel')}>
          <Stack gap="xs">
            {contacts.length > 0 && (
              <NativeSelect
                label={t('governance.attendance.fromContacts')}
                value={contactId}
                onChange={(e) => pickContact(e.currentTarget.value)}
                data={[{ value: '', label: t('governance.attendance.pickContact') }, ...contacts.map((c) => ({ value: c.id, label: c.role ? `${c.name} (${c.role})` : c.name }))]}
                maw={420}
              />
            )}
            <div className="lb-attendee-grid">
              <TextInput label={t('governance.attendance.fieldName')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
              <TextInput label={t('governance.attendance.fieldRole')} value={role} onChange={(e) => setRole(e.currentTarget.value)} />
              <Button type="submit" loading={busy}>{t('governance.attendance.add')}</Button>
              <span />
            </div>
          </Stack>
        </form>
        {error && <Alert color="red" role="alert">{error}</Alert>}
      </Stack>
    </section>
  );
}
