import { Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { makeProcess, processSchema } from '../../domain/process';
import { useTranslation } from '../../i18n';
import { AddByName } from '../plan/AddByName';
import { useProcesses } from '../plan/data';
import { DeleteButton } from '../plan/DeleteButton';
import { AutoTextField } from '../plan/fields';
import { useSaver } from '../plan/saver';

/** Step 2: the candidate processes, each with an owner and one line on what it is. */
export function StepProcesses() {
  const { t } = useTranslation();
  const saver = useSaver();
  const processes = useProcesses();
  return (
    <Stack gap="md">
      <AddByName
        nameLabel={t('plan.wizard.processes.addName')}
        nameDescription={t('plan.wizard.processes.addNameHelp')}
        placeholder={t('plan.processList.addExample')}
        buttonLabel={t('plan.wizard.processes.add')}
        extraInitial={{ owner: '', description: '' }}
        renderExtra={({ get }) => (
          <>
            <TextInput label={t('plan.process.owner')} description={t('plan.wizard.processes.ownerHelp')} {...get('owner')} />
            <TextInput label={t('plan.wizard.processes.description')} description={t('plan.wizard.processes.descriptionHelp')} {...get('description')} />
          </>
        )}
        onAdd={({ name, owner, description }) => saver.save(makeProcess({ name, owner: owner.trim().slice(0, 200), description: description.trim().slice(0, 2000) }))}
      />
      {processes.length === 0 ? (
        <Text>{t('plan.wizard.processes.empty')}</Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('plan.wizard.processes.count', { count: processes.length })}</Text>
          {processes.map((p) => (
            <Fieldset key={p.id} legend={p.name} className="lb-process-card">
              <Group align="flex-start" grow wrap="wrap">
                <AutoTextField label={t('plan.wizard.processes.name')} value={p.name} required maxLength={200} onSave={(v) => saver.update(processSchema, p.id, () => ({ name: v }))} />
                <AutoTextField label={t('plan.process.owner')} value={p.owner} maxLength={200} onSave={(v) => saver.update(processSchema, p.id, () => ({ owner: v }))} />
              </Group>
              <AutoTextField
                label={t('plan.wizard.processes.description')}
                value={p.description}
                maxLength={2000}
                onSave={(v) => saver.update(processSchema, p.id, () => ({ description: v }))}
              />
              <Group justify="flex-end" mt="xs">
                <DeleteButton kind="process" id={p.id} name={p.name} compact />
              </Group>
            </Fieldset>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
