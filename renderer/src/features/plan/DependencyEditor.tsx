import { useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Modal, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLink, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { makeAsset, type Asset, type AssetType } from '../../domain/asset';
import { makeContact, type Contact } from '../../domain/contact';
import { dependencySchema, makeDependency, type Dependency, type DependencyTargetType } from '../../domain/dependency';
import { formatMinutes } from '../../domain/duration';
import type { PlanRecord } from '../../domain/record';
import { makeVendor, type Vendor } from '../../domain/vendor';
import { useTranslation } from '../../i18n';
import { userMessage } from '../shared/userMessage';
import { AssetFields } from './AssetFields';
import { ContactFields } from './ContactFields';
import { byName, useAssets, useContacts, useDependencies, useVendors } from './data';
import { fieldId } from './focus';
import { detailPath } from './paths';
import { useSaver } from './saver';
import { VendorFields } from './VendorFields';
import { PLAN_SCOPE } from './scope';
import './plan.css';

export type DependencyGroup = 'systems' | 'sites' | 'data' | 'people' | 'suppliers';

const GROUPS: { key: DependencyGroup; targetType: DependencyTargetType; assetTypes?: readonly AssetType[] }[] = [
  { key: 'systems', targetType: 'asset', assetTypes: ['server', 'database', 'network', 'saas', 'device'] },
  { key: 'sites', targetType: 'asset', assetTypes: ['site'] },
  { key: 'data', targetType: 'asset', assetTypes: ['data-store'] },
  { key: 'people', targetType: 'contact' },
  { key: 'suppliers', targetType: 'vendor' },
];

type Target = { type: 'asset'; record: Asset } | { type: 'vendor'; record: Vendor } | { type: 'contact'; record: Contact };

function groupOf(target: Target | undefined, d: Dependency): DependencyGroup {
  if (d.targetType === 'vendor') return 'suppliers';
  if (d.targetType === 'contact') return 'people';
  const type = target?.type === 'asset' ? target.record.type : undefined;
  if (type === 'site') return 'sites';
  if (type === 'data-store') return 'data';
  return 'systems';
}

/** What one process needs, grouped the way an owner thinks of it, each link editable in place. */
export function DependencyEditor({ processId, processName }: { processId: string; processName: string }) {
  const { t } = useTranslation();
  const dependencies = useDependencies().filter((d) => d.parentId === processId);
  const assets = useAssets();
  const vendors = useVendors();
  const contacts = useContacts();
  const targetOf = (d: Dependency): Target | undefined => {
    if (d.targetType === 'asset') {
      const record = assets.find((a) => a.id === d.targetId);
      return record && { type: 'asset', record };
    }
    if (d.targetType === 'vendor') {
      const record = vendors.find((v) => v.id === d.targetId);
      return record && { type: 'vendor', record };
    }
    const record = contacts.find((c) => c.id === d.targetId);
    return record && { type: 'contact', record };
  };
  return (
    <Stack gap="lg">
      {GROUPS.map((group) => {
        const links = dependencies.filter((d) => groupOf(targetOf(d), d) === group.key);
        return (
          <section key={group.key} aria-labelledby={`deps-${processId}-${group.key}`} className="lb-dep-group">
            <Title order={4} id={`deps-${processId}-${group.key}`}>
              {t(`plan.dependency.groups.${group.key}.title`)}
            </Title>
            <Text size="sm" mb="xs">
              {t(`plan.dependency.groups.${group.key}.help`, { process: processName })}
            </Text>
            <Stack gap="xs">
              {links.length === 0 && <Text size="sm">{t('plan.dependency.noneYet')}</Text>}
              {links.map((d) => (
                <LinkRow key={d.id} dependency={d} target={targetOf(d)} contacts={contacts} />
              ))}
              <AddLink processId={processId} group={group} linked={new Set(links.map((d) => d.targetId))} />
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}

function targetSummary(t: ReturnType<typeof useTranslation>['t'], target: Target): string {
  const time = (m: number | undefined) => (m === undefined ? t('plan.common.unknown') : formatMinutes(m));
  switch (target.type) {
    case 'asset': {
      const a = target.record;
      const parts = [t(`plan.assetTypes.${a.type}`), t('plan.dependency.capability', { rto: time(a.achievableRtoMinutes), rpo: time(a.achievableRpoMinutes) })];
      if (a.confidentiality) parts.push(t('plan.dependency.classification', { level: t(`plan.confidentiality.${a.confidentiality}`) }));
      return parts.join(' · ');
    }
    case 'vendor': {
      const v = target.record;
      return [
        v.contractReference ? t('plan.dependency.contract', { ref: v.contractReference }) : t('plan.dependency.noContract'),
        t('plan.dependency.sla', { rto: time(v.slaRtoMinutes), rpo: time(v.slaRpoMinutes) }),
      ].join(' · ');
    }
    case 'contact': {
      const c = target.record;
      return [c.role, c.primaryPhone || t('plan.dependency.noPhone')].filter(Boolean).join(' · ');
    }
  }
}

function LinkRow({ dependency: d, target, contacts }: { dependency: Dependency; target: Target | undefined; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const update = (patch: Partial<Dependency>) => {
    setError(null);
    saver.update(dependencySchema, d.id, () => patch).catch((e: unknown) => setError(userMessage(t, e)));
  };
  const remove = () => {
    setError(null);
    saver.remove(d.id).catch((e: unknown) => setError(userMessage(t, e)));
  };
  if (!target) {
    return (
      <Paper withBorder p="xs">
        <Group justify="space-between">
          <Text size="sm">{t('plan.dependency.missingTarget')}</Text>
          <Button id={fieldId('dependency', d.id, 'targetId')} size="xs" variant="light" color="red" onClick={remove}>
            {t('plan.dependency.removeLink')}
          </Button>
        </Group>
      </Paper>
    );
  }
  const name = target.record.name;
  return (
    <Paper withBorder p="xs" className="lb-dep-row">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <IconLink size={16} aria-hidden />
            <Anchor component={Link} to={detailPath(target.type, target.record.id)} fw={600}>
              {name}
            </Anchor>
            <Badge variant="outline" color={d.required ? 'red.9' : 'gray.8'}>
              {d.required ? t('plan.dependency.required') : t('plan.dependency.optional')}
            </Badge>
          </Group>
          <Group gap="xs">
            <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(true)} aria-label={t('plan.dependency.editDetailsOf', { name })}>
              {t('plan.dependency.editDetails')}
            </Button>
            <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={remove} aria-label={t('plan.dependency.removeLinkTo', { name })}>
              {t('plan.dependency.removeLink')}
            </Button>
          </Group>
        </Group>
        <Text size="sm">{targetSummary(t, target)}</Text>
        <Group gap="md" align="flex-end" wrap="wrap">
          <Checkbox
            id={fieldId('dependency', d.id, 'required')}
            label={t('plan.dependency.requiredLabel')}
            checked={d.required}
            onChange={(e) => update({ required: e.currentTarget.checked })}
          />
          {target.type !== 'contact' && (
            <NativeSelect
              id={fieldId('dependency', d.id, 'contactId')}
              size="xs"
              label={t('plan.dependency.contactLabel', { name })}
              value={d.contactId ?? ''}
              data={[{ value: '', label: t('plan.common.nobody') }, ...byName(contacts).map((c) => ({ value: c.id, label: c.role && c.role !== c.name ? `${c.name} (${c.role})` : c.name }))]}
              onChange={(e) => update({ contactId: e.currentTarget.value || undefined })}
            />
          )}
          <TextInput
            size="xs"
            label={t('plan.dependency.note')}
            defaultValue={d.note}
            onBlur={(e) => {
              const note = e.currentTarget.value.trim();
              if (note !== d.note) update({ note: note.slice(0, 1000) });
            }}
          />
        </Group>
        {error && (
          <Text c="red.8" size="sm" role="alert">
            {error}
          </Text>
        )}
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('plan.dependency.editTitle', { name })} size="lg" lockScroll={false} className={PLAN_SCOPE} closeButtonProps={{ 'aria-label': t('plan.common.closeDialog') }}>
        {target.type === 'asset' && <AssetFields asset={target.record} />}
        {target.type === 'vendor' && <VendorFields vendor={target.record} />}
        {target.type === 'contact' && <ContactFields contact={target.record} />}
        <Group justify="flex-end" mt="md">
          <Button onClick={() => setEditing(false)}>{t('plan.common.done')}</Button>
        </Group>
      </Modal>
    </Paper>
  );
}

const NEW = '__new';

function AddLink({ processId, group, linked }: { processId: string; group: (typeof GROUPS)[number]; linked: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const assets = useAssets();
  const vendors = useVendors();
  const contacts = useContacts();
  const [error, setError] = useState<string | null>(null);
  const pool: readonly { id: string; name: string }[] =
    group.targetType === 'asset' ? assets.filter((a) => group.assetTypes?.includes(a.type)) : group.targetType === 'vendor' ? vendors : contacts;
  const candidates = byName(pool).filter((r) => !linked.has(r.id));
  const defaultType: AssetType = group.assetTypes?.[0] ?? 'server';
  const form = useForm({
    initialValues: { choice: candidates.length > 0 ? '' : NEW, name: '', type: defaultType as string, required: true },
  });
  const labels = (key: string) => t(`plan.dependency.groups.${group.key}.${key}`);
  const choice = candidates.length > 0 ? form.values.choice : NEW;
  const submit = form.onSubmit(async (values) => {
    setError(null);
    if (choice === '') {
      form.setFieldError('choice', t('plan.dependency.chooseFirst'));
      return;
    }
    if (choice === NEW && values.name.trim() === '') {
      form.setFieldError('name', t('plan.dependency.nameRequired'));
      return;
    }
    const now = new Date();
    const records: PlanRecord[] = [];
    let targetId = values.choice;
    if (choice === NEW) {
      const name = values.name.trim().slice(0, 200);
      const target =
        group.targetType === 'asset'
          ? makeAsset({ name, type: values.type as AssetType }, now)
          : group.targetType === 'vendor'
            ? makeVendor({ name }, now)
            : makeContact({ name }, now);
      records.push(target as PlanRecord);
      targetId = target.id;
    }
    records.push(makeDependency({ parentId: processId, targetType: group.targetType, targetId, required: values.required }, now) as PlanRecord);
    try {
      await saver.save(...records);
      form.setValues({ choice: '', name: '', type: defaultType, required: true });
    } catch (e) {
      setError(userMessage(t, e));
    }
  });
  return (
    <form onSubmit={submit} noValidate className="lb-dep-add">
      <Group align="flex-end" gap="xs" wrap="wrap">
        {candidates.length > 0 && (
          <NativeSelect
            label={labels('add')}
            data={[
              { value: '', label: t('plan.dependency.pick') },
              ...candidates.map((c) => ({ value: c.id, label: c.name })),
              { value: NEW, label: labels('new') },
            ]}
            {...form.getInputProps('choice')}
          />
        )}
        {choice === NEW && (
          <TextInput label={labels('newName')} placeholder={labels('example')} {...form.getInputProps('name')} />
        )}
        {choice === NEW && group.key === 'systems' && (
          <NativeSelect
            label={t('plan.asset.type')}
            data={(group.assetTypes ?? []).map((v) => ({ value: v, label: t(`plan.assetTypes.${v}`) }))}
            {...form.getInputProps('type')}
          />
        )}
        <Checkbox label={t('plan.dependency.requiredShort')} {...form.getInputProps('required', { type: 'checkbox' })} mb={8} />
        <Button type="submit" variant="light">
          {labels('addButton')}
        </Button>
      </Group>
      {error && (
        <Text c="red.8" size="sm" role="alert">
          {error}
        </Text>
      )}
    </form>
  );
}
