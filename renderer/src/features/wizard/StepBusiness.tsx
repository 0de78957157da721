import { useState } from 'react';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { IndustryTemplate, TemplateChoice } from '../../domain/industryTemplate';
import { ORGANISATION_KIND, organisationSchema } from '../../domain/organisation';
import type { PlanRecord } from '../../domain/record';
import { useTranslation } from '../../i18n';
import { useAssets, useContacts, useDependencies, useOrganisation, useProcesses, useVendors } from '../plan/data';
import { AutoTextField, saveErrorText } from '../plan/fields';
import { useSaver, UserFacingError } from '../plan/saver';
import { alreadyAdded, recordCount, recordsForChoice } from './templateApply';
import { findTemplate, INDUSTRY_TEMPLATES } from './templates';
import { notify } from '../plan/scope';

const OTHER = '__other';

/** Step 1: who the business is, and (optionally) the industry template whose suggestions it takes. */
export function StepBusiness() {
  const { t } = useTranslation();
  const saver = useSaver();
  const organisation = useOrganisation();
  const stored = findTemplate(organisation?.industry);
  // The choice shows at once; it is stored with the organisation as soon as there is one.
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const template = picked !== undefined ? INDUSTRY_TEMPLATES.find((tpl) => tpl.id === picked) : stored;
  const [otherIndustry, setOtherIndustry] = useState(!stored && Boolean(organisation?.industry));
  const [industryError, setIndustryError] = useState<string | null>(null);
  // Checked when the save's turn comes, so a name typed a moment ago (and still saving) counts.
  const save = (patch: Record<string, unknown>) =>
    saver.updateSingleton(organisationSchema, ORGANISATION_KIND, (current) => {
      if (!current) throw new UserFacingError(t('plan.wizard.business.nameFirst'));
      return patch;
    });
  const saveName = (name: string) =>
    saver.updateSingleton(organisationSchema, ORGANISATION_KIND, (current) =>
      // An industry picked before the business had a name is stored with the name.
      !current && template ? { name, industry: template.name } : { name },
    );
  const industryValue = template ? template.id : otherIndustry ? OTHER : '';
  return (
    <Stack gap="md">
      <Stack gap="sm" maw={640}>
        <AutoTextField label={t('plan.wizard.business.name')} description={t('plan.wizard.business.nameHelp')} value={organisation?.name ?? ''} required maxLength={200} onSave={saveName} />
        <NativeSelect
          label={t('plan.wizard.business.industry')}
          description={t('plan.wizard.business.industryHelp')}
          value={industryValue}
          error={industryError}
          data={[
            { value: '', label: t('plan.wizard.business.industryChoose') },
            ...INDUSTRY_TEMPLATES.map((tpl) => ({ value: tpl.id, label: tpl.name })),
            { value: OTHER, label: t('plan.wizard.business.industryOther') },
          ]}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setIndustryError(null);
            setOtherIndustry(value === OTHER);
            setPicked(value === OTHER ? '' : value);
            if (value === OTHER) return;
            const chosen = INDUSTRY_TEMPLATES.find((tpl) => tpl.id === value);
            save({ industry: chosen?.name }).catch((err: unknown) => setIndustryError(saveErrorText(t, err)));
          }}
        />
        {otherIndustry && (
          <AutoTextField label={t('plan.wizard.business.industryOwn')} value={organisation?.industry ?? ''} maxLength={100} onSave={(v) => save({ industry: v || undefined })} />
        )}
        <AutoTextField
          label={t('plan.wizard.business.locations')}
          description={t('plan.wizard.business.locationsHelp')}
          value={(organisation?.locations ?? []).join('\n')}
          multiline
          maxLength={4000}
          validate={(v) => (v.split('\n').some((line) => line.trim().length > 200) ? t('plan.wizard.business.locationTooLong') : null)}
          onSave={(v) =>
            save({
              locations: v
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean),
            })
          }
        />
        <AutoTextField label={t('plan.wizard.business.planOwner')} description={t('plan.wizard.business.planOwnerHelp')} value={organisation?.planOwner ?? ''} maxLength={200} onSave={(v) => save({ planOwner: v })} />
      </Stack>
      {template && <TemplateSuggestions key={template.id} template={template} />}
    </Stack>
  );
}

type ChoiceGroup = keyof TemplateChoice;

/** The template's suggestions as unticked boxes: nothing is added until the owner ticks and presses Add. */
function TemplateSuggestions({ template }: { template: IndustryTemplate }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const existing = {
    processes: useProcesses(),
    assets: useAssets(),
    vendors: useVendors(),
    contacts: useContacts(),
    dependencies: useDependencies(),
  };
  const added = alreadyAdded(template, existing);
  const [chosen, setChosen] = useState<Record<ChoiceGroup, string[]>>({ processes: [], assets: [], vendors: [], roles: [] });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const groups: { key: ChoiceGroup; items: { key: string; label: string; description?: string }[] }[] = [
    { key: 'processes', items: template.processes.map((p) => ({ key: p.key, label: p.name, description: p.description })) },
    { key: 'assets', items: template.assets.map((a) => ({ key: a.key, label: a.name, description: a.description })) },
    { key: 'vendors', items: template.vendors.map((v) => ({ key: v.key, label: v.name, description: v.service })) },
    { key: 'roles', items: template.roles.map((r) => ({ key: r.key, label: r.role })) },
  ];
  const count = Object.values(chosen).reduce((n, list) => n + list.length, 0);
  const toggle = (group: ChoiceGroup, key: string, on: boolean) =>
    setChosen((c) => ({ ...c, [group]: on ? [...c[group], key] : c[group].filter((k) => k !== key) }));

  async function add() {
    setError(null);
    setBusy(true);
    try {
      const records = recordsForChoice(template, chosen, existing);
      const all: PlanRecord[] = [...records.processes, ...records.assessments, ...records.objectives, ...records.assets, ...records.vendors, ...records.contacts, ...records.dependencies] as PlanRecord[];
      await saver.save(...all);
      notify(t, { color: 'green', message: t('plan.wizard.template.added', { count: recordCount(records), links: records.dependencies.length }) });
      setChosen({ processes: [], assets: [], vendors: [], roles: [] });
    } catch (e) {
      setError(saveErrorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="template-title">
      <Stack gap="sm">
        <Title order={3} id="template-title">
          {t('plan.wizard.template.title', { name: template.name })}
        </Title>
        <Text size="sm">{t('plan.wizard.template.intro')}</Text>
        <div className="lb-template-groups">
          {groups.map((group) => (
            <Checkbox.Group
              key={group.key}
              label={t(`plan.wizard.template.groups.${group.key}`)}
              description={t(`plan.wizard.template.groupHelp.${group.key}`)}
              value={[...chosen[group.key], ...group.items.filter((i) => added.has(i.key)).map((i) => i.key)]}
            >
              <Stack gap={6} mt="xs">
                {group.items.map((item) => {
                  const isAdded = added.has(item.key);
                  return (
                    <Checkbox
                      key={item.key}
                      value={item.key}
                      label={item.label}
                      description={isAdded ? t('plan.wizard.template.alreadyAdded') : item.description}
                      disabled={isAdded}
                      onChange={(e) => toggle(group.key, item.key, e.currentTarget.checked)}
                    />
                  );
                })}
              </Stack>
              <Group gap="xs" mt="xs">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => setChosen((c) => ({ ...c, [group.key]: group.items.filter((i) => !added.has(i.key)).map((i) => i.key) }))}
                  aria-label={t('plan.wizard.template.tickAllIn', { group: t(`plan.wizard.template.groups.${group.key}`) })}
                >
                  {t('plan.wizard.template.tickAll')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => setChosen((c) => ({ ...c, [group.key]: [] }))}
                  aria-label={t('plan.wizard.template.clearIn', { group: t(`plan.wizard.template.groups.${group.key}`) })}
                >
                  {t('plan.wizard.template.clear')}
                </Button>
              </Group>
            </Checkbox.Group>
          ))}
        </div>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} disabled={count === 0} loading={busy} onClick={() => void add()}>
            {t('plan.wizard.template.add', { count })}
          </Button>
          <Text size="sm">{t('plan.wizard.template.addHelp')}</Text>
        </Group>
      </Stack>
    </Paper>
  );
}
