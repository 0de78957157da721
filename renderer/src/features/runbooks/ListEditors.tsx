import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from '../../i18n';
import type { RunbookRole } from '../../domain/runbook';
import { removeAt, replaceAt } from './draft';

const RACI = ['responsible', 'accountable', 'consulted', 'informed'] as const;

export interface StringListEditorProps {
  items: readonly string[];
  onChange: (items: string[]) => void;
  /** Label of one item, with {{n}}: "Criterion {{n}}". */
  itemLabelKey: string;
  addLabel: string;
  emptyText: string;
  /** Suggestions offered as a datalist (roles already named in the runbook). */
  suggestions?: readonly string[];
  listId?: string;
}

/** A list of short texts: activation criteria, roles allowed to activate. */
export function StringListEditor({ items, onChange, itemLabelKey, addLabel, emptyText, suggestions, listId }: StringListEditorProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {items.length === 0 && <Text size="sm" c="dimmed">{emptyText}</Text>}
      {items.map((item, index) => {
        const label = t(itemLabelKey, { n: index + 1 });
        return (
          <Group key={index} gap="xs" align="end" wrap="nowrap">
            <TextInput className="lb-grow" label={label} value={item} list={listId} onChange={(e) => onChange(replaceAt(items, index, e.currentTarget.value))} />
            <ActionIcon variant="subtle" color="red" size="lg" onClick={() => onChange(removeAt(items, index))} aria-label={t('response.common.removeNamed', { name: label })}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      {listId && suggestions && (
        <datalist id={listId}>{suggestions.map((s) => <option key={s} value={s} />)}</datalist>
      )}
      <Group><Button variant="default" size="xs" onClick={() => onChange([...items, ''])}>{addLabel}</Button></Group>
    </Stack>
  );
}

/** Roles and responsibilities, with their RACI letter. */
export function RolesEditor({ roles, onChange }: { roles: readonly RunbookRole[]; onChange: (roles: RunbookRole[]) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {roles.length === 0 && <Text size="sm" c="dimmed">{t('response.editor.noRoles')}</Text>}
      {roles.map((role, index) => {
        const n = index + 1;
        return (
          <fieldset key={index} className="lb-row-fieldset">
            <legend className="lb-sr-only">{t('response.editor.roleN', { n })}</legend>
            <div className="lb-role-row">
              <TextInput label={t('response.editor.roleName', { n })} value={role.role} onChange={(e) => onChange(replaceAt(roles, index, { ...role, role: e.currentTarget.value }))} />
              <NativeSelect label={t('response.editor.raci', { n })} value={role.raci}
                data={RACI.map((r) => ({ value: r, label: t(`response.raci.${r}`) }))}
                onChange={(e) => onChange(replaceAt(roles, index, { ...role, raci: e.currentTarget.value as RunbookRole['raci'] }))} />
              <TextInput label={t('response.editor.duties', { n })} value={role.duties} onChange={(e) => onChange(replaceAt(roles, index, { ...role, duties: e.currentTarget.value }))} />
              <ActionIcon variant="subtle" color="red" size="lg" className="lb-row-remove" onClick={() => onChange(removeAt(roles, index))}
                aria-label={t('response.common.removeNamed', { name: role.role || t('response.editor.roleN', { n }) })}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </div>
          </fieldset>
        );
      })}
      <Group><Button variant="default" size="xs" onClick={() => onChange([...roles, { role: '', raci: 'responsible', duties: '' }])}>{t('response.editor.addRole')}</Button></Group>
    </Stack>
  );
}
