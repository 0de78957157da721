import type { FormEventHandler, ReactNode } from 'react';
import { Button, Fieldset, Group, List, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from '../../i18n';

/**
 * A short list kept inside one record (a supplier's support lines, its account numbers): each
 * entry with a Remove button, then a one-line form that adds another.
 */
export function EntryListFieldset<Entry extends { label: string }>({
  legend,
  id,
  help,
  entries,
  describe,
  removeLabel,
  onRemove,
  onSubmit,
  inputs,
  addLabel,
}: {
  legend: string;
  id?: string;
  help?: string;
  entries: readonly Entry[];
  describe: (entry: Entry) => ReactNode;
  removeLabel: (entry: Entry) => string;
  onRemove: (index: number) => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The add form's fields, before its button. */
  inputs: ReactNode;
  addLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend} id={id}>
      {help && (
        <Text size="sm" mb="xs">
          {help}
        </Text>
      )}
      {entries.length > 0 && (
        <List mb="sm">
          {entries.map((entry, i) => (
            <List.Item key={`${entry.label}-${i}`}>
              <Group gap="xs">
                <Text size="sm">{describe(entry)}</Text>
                <Button size="compact-xs" variant="subtle" color="red" leftSection={<IconTrash size={14} aria-hidden />} aria-label={removeLabel(entry)} onClick={() => onRemove(i)}>
                  {t('plan.common.remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Group align="flex-end" gap="xs">
          {inputs}
          <Button type="submit" variant="light">
            {addLabel}
          </Button>
        </Group>
      </form>
    </Fieldset>
  );
}
