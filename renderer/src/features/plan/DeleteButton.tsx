import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { ASSET_KIND, type Asset } from '../../domain/asset';
import { CONTACT_KIND, type Contact } from '../../domain/contact';
import { DEPENDENCY_KIND, type Dependency } from '../../domain/dependency';
import { IMPACT_ASSESSMENT_KIND, type ImpactAssessment } from '../../domain/impact';
import { OBJECTIVES_KIND, type Objectives } from '../../domain/objectives';
import { PROCESS_KIND, type Process } from '../../domain/process';
import { TOP_FIVE_KIND, type TopFiveSelection } from '../../domain/topFive';
import { VENDOR_KIND, type Vendor } from '../../domain/vendor';
import { useTranslation } from '../../i18n';
import type { PlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { planDelete, type CascadeInput, type DeletableKind } from './cascade';
import { useDependencies } from './data';
import { useSaver } from './saver';
import { notify, PLAN_SCOPE } from './scope';

function cascadeInput(store: PlanStore): CascadeInput {
  const list = <T,>(kind: string) => store.list(kind) as unknown as T[];
  return {
    processes: list<Process>(PROCESS_KIND),
    assessments: list<ImpactAssessment>(IMPACT_ASSESSMENT_KIND),
    objectives: list<Objectives>(OBJECTIVES_KIND),
    assets: list<Asset>(ASSET_KIND),
    vendors: list<Vendor>(VENDOR_KIND),
    contacts: list<Contact>(CONTACT_KIND),
    dependencies: list<Dependency>(DEPENDENCY_KIND),
    topFive: list<TopFiveSelection>(TOP_FIVE_KIND)[0],
  };
}

/**
 * Delete with a confirmation that says what goes with it, then a notice with Undo that puts
 * everything back as it was.
 */
export function DeleteButton({ kind, id, name, onDeleted, compact }: { kind: DeletableKind; id: string; name: string; onDeleted?: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deps = useDependencies();
  const links = kind === 'process' ? deps.filter((d) => d.parentId === id).length : deps.filter((d) => d.targetId === id).length;

  async function confirm() {
    setError(null);
    try {
      const before = await saver.run(async (store) => {
        const plan = planDelete(cascadeInput(store), kind, id);
        if (plan.updates.length > 0) await store.save(...plan.updates);
        await store.remove(...plan.removeIds);
        return plan.before;
      });
      setOpen(false);
      onDeleted?.();
      const notice = `delete-${id}`;
      notify(t, {
        id: notice,
        color: 'gray',
        autoClose: 10_000,
        message: (
          <Group gap="sm" justify="space-between">
            <Text size="sm">{t('plan.common.deleted', { name })}</Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                notifications.hide(notice);
                saver.save(...before).then(
                  () => notify(t, { color: 'green', message: t('plan.common.restored', { name }) }),
                  (e: unknown) => notify(t, { color: 'red', message: userMessage(t, e) }),
                );
              }}
            >
              {t('plan.common.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      setError(userMessage(t, e));
    }
  }

  return (
    <>
      <Button
        variant={compact ? 'subtle' : 'light'}
        size={compact ? 'xs' : 'sm'}
        color="red"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={() => setOpen(true)}
        aria-label={t('plan.common.deleteNamed', { name })}
      >
        {t('plan.common.delete')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('plan.common.deleteTitle', { name })} lockScroll={false} className={PLAN_SCOPE} closeButtonProps={{ 'aria-label': t('plan.common.closeDialog') }}>
        <Stack>
          <Text>{t(`plan.common.deleteBody.${kind}`)}</Text>
          {links > 0 && <Text>{t('plan.common.deleteLinks', { count: links })}</Text>}
          <Text size="sm">{t('plan.common.deleteUndo')}</Text>
          {error && (
            <Text c="red.8" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('plan.common.cancel')}
            </Button>
            <Button color="red.9" onClick={() => void confirm()}>
              {t('plan.common.deleteConfirm', { name })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
