import { Anchor, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { makeContact } from '../../domain/contact';
import { useTranslation } from '../../i18n';
import { AddByName } from './AddByName';
import { useContacts, useDependencies } from './data';
import { DeleteButton } from './DeleteButton';
import { detailPath } from './paths';
import { useSaver } from './saver';
import './plan.css';

export function ContactListScreen() {
  const { t } = useTranslation();
  const saver = useSaver();
  const navigate = useNavigate();
  const contacts = [...useContacts()].sort((a, b) => a.escalationLevel - b.escalationLevel || a.name.localeCompare(b.name));
  const deps = useDependencies();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('plan.contactList.title')}
      </Title>
      <Text>{t('plan.contactList.intro')}</Text>
      <AddByName
        nameLabel={t('plan.contactList.addName')}
        placeholder={t('plan.contactList.addExample')}
        buttonLabel={t('plan.contactList.add')}
        extraInitial={{ role: '' }}
        renderExtra={({ get }) => <TextInput label={t('plan.contact.role')} {...get('role')} />}
        onAdd={async ({ name, role }) => {
          const contact = makeContact({ name, role: role.trim().slice(0, 200) });
          await saver.save(contact);
          void navigate(detailPath('contact', contact.id));
        }}
      />
      {contacts.length === 0 ? (
        <Text>{t('plan.contactList.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plan.contact.name')}</Table.Th>
                <Table.Th scope="col">{t('plan.contact.role')}</Table.Th>
                <Table.Th scope="col">{t('plan.contact.primaryPhone')}</Table.Th>
                <Table.Th scope="col">{t('plan.contact.email')}</Table.Th>
                <Table.Th scope="col">{t('plan.contact.escalationLevel')}</Table.Th>
                <Table.Th scope="col">{t('plan.common.usedBy')}</Table.Th>
                <Table.Th scope="col">
                  <span className="lb-visually-hidden">{t('plan.common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={detailPath('contact', c.id)}>
                        {c.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{c.role}</Table.Td>
                    <Table.Td>{c.primaryPhone || t('plan.common.notSet')}</Table.Td>
                    <Table.Td>{c.email || t('plan.common.notSet')}</Table.Td>
                    <Table.Td>{c.escalationLevel}</Table.Td>
                    <Table.Td>{t('plan.common.processCount', { count: new Set(deps.filter((d) => d.targetId === c.id || d.contactId === c.id).map((d) => d.parentId)).size })}</Table.Td>
                    <Table.Td>
                      <DeleteButton kind="contact" id={c.id} name={c.name} compact />
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
