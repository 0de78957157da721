import { TextInput } from '@mantine/core';
import { makeContact } from '../../domain/contact';
import { useTranslation } from '../../i18n';
import { useContacts, useDependencies } from './data';
import { RecordListScreen } from './RecordListScreen';

export function ContactListScreen() {
  const { t } = useTranslation();
  const contacts = [...useContacts()].sort((a, b) => a.escalationLevel - b.escalationLevel || a.name.localeCompare(b.name));
  const deps = useDependencies();
  return (
    <RecordListScreen
      kind="contact"
      records={contacts}
      extraInitial={{ role: '' }}
      renderExtra={({ get }) => <TextInput label={t('plan.contact.role')} {...get('role')} />}
      create={({ name, role }) => makeContact({ name, role: role.trim().slice(0, 200) })}
      nameHeader={t('plan.contact.name')}
      columns={[
        { header: t('plan.contact.role'), cell: (c) => c.role },
        { header: t('plan.contact.primaryPhone'), cell: (c) => c.primaryPhone || t('plan.common.notSet') },
        { header: t('plan.contact.email'), cell: (c) => c.email || t('plan.common.notSet') },
        { header: t('plan.contact.escalationLevel'), cell: (c) => c.escalationLevel },
        {
          header: t('plan.common.usedBy'),
          cell: (c) => t('plan.common.processCount', { count: new Set(deps.filter((d) => d.targetId === c.id || d.contactId === c.id).map((d) => d.parentId)).size }),
        },
      ]}
    />
  );
}
