import type { ReactNode } from 'react';
import { Anchor, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n';
import { AssetFields } from './AssetFields';
import type { DeletableKind } from './cascade';
import { ContactFields } from './ContactFields';
import { useAssets, useBia, useContacts, useProcesses, useVendors } from './data';
import { DeleteButton } from './DeleteButton';
import { DependencyEditor } from './DependencyEditor';
import { fieldId, processFocusId, useFocusTarget } from './focus';
import { ImpactGrid } from './ImpactGrid';
import { MtpdOverride, ObjectivesFields } from './ObjectivesFields';
import { listPath, PATHS, type DetailKind } from './paths';
import { ProcessFields } from './ProcessFields';
import { VendorFields } from './VendorFields';
import { WarningList } from './warnings';
import { WhoDependsOn } from './WhoDependsOn';
import './plan.css';

function DetailLayout({ kind, id, name, children }: { kind: DetailKind & DeletableKind; id: string; name: string; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const back = params.get('back');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Anchor component={Link} to={back === 'review' ? PATHS.wizard : listPath(kind)}>
          <Group gap={4}>
            <IconArrowLeft size={16} aria-hidden />
            {back === 'review' ? t('plan.detail.backToReview') : t(`plan.detail.backTo.${kind}`)}
          </Group>
        </Anchor>
        <DeleteButton kind={kind} id={id} name={name} onDeleted={() => void navigate(listPath(kind))} />
      </Group>
      <div>
        <Text size="sm" fw={600} c="gray.8">
          {t(`plan.detail.kind.${kind}`)}
        </Text>
        <Title order={1} size="h2">
          {name}
        </Title>
      </div>
      <Text size="sm">{t('plan.common.autosaveHint')}</Text>
      {children}
    </Stack>
  );
}

function NotFound({ kind }: { kind: DetailKind }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('plan.detail.notFoundTitle')}
      </Title>
      <Text>{t('plan.detail.notFound')}</Text>
      <Anchor component={Link} to={listPath(kind)}>
        {t(`plan.detail.backTo.${kind}`)}
      </Anchor>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Title order={2} size="h3" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function ProcessDetailScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const process = useProcesses().find((p) => p.id === id);
  const bia = useBia();
  useFocusTarget(process ? processFocusId(process.id, params.get('focus')) : undefined);
  if (!process) return <NotFound kind="process" />;
  return (
    <DetailLayout kind="process" id={process.id} name={process.name}>
      <Section title={t('plan.detail.process.about')}>
        <ProcessFields process={process} sections={['basics', 'people']} />
      </Section>
      <Section title={t('plan.detail.process.impact')}>
        <Stack>
          <ImpactGrid processId={process.id} processName={process.name} />
          <MtpdOverride processId={process.id} />
        </Stack>
      </Section>
      <Section title={t('plan.detail.process.objectives')}>
        <ObjectivesFields processId={process.id} />
      </Section>
      <Section title={t('plan.detail.process.dependencies')}>
        <DependencyEditor processId={process.id} processName={process.name} />
      </Section>
      <Section title={t('plan.detail.process.continuity')}>
        <ProcessFields process={process} sections={['continuity', 'data']} />
      </Section>
      <Section title={t('plan.detail.process.findings')}>
        <WarningList warnings={bia.warningsByProcess.get(process.id) ?? []} />
      </Section>
    </DetailLayout>
  );
}

function useFieldFocus(entity: string, id: string | undefined) {
  const [params] = useSearchParams();
  const focus = params.get('focus');
  useFocusTarget(id && focus ? fieldId(entity, id, focus) : undefined);
}

export function AssetDetailScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const asset = useAssets().find((a) => a.id === id);
  useFieldFocus('asset', asset?.id);
  if (!asset) return <NotFound kind="asset" />;
  return (
    <DetailLayout kind="asset" id={asset.id} name={asset.name}>
      <Section title={t('plan.detail.details')}>
        <AssetFields asset={asset} />
      </Section>
      <Divider />
      <WhoDependsOn targetType="asset" targetId={asset.id} name={asset.name} />
    </DetailLayout>
  );
}

export function VendorDetailScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const vendor = useVendors().find((v) => v.id === id);
  useFieldFocus('vendor', vendor?.id);
  if (!vendor) return <NotFound kind="vendor" />;
  return (
    <DetailLayout kind="vendor" id={vendor.id} name={vendor.name}>
      <Section title={t('plan.detail.details')}>
        <VendorFields vendor={vendor} />
      </Section>
      <Divider />
      <WhoDependsOn targetType="vendor" targetId={vendor.id} name={vendor.name} />
    </DetailLayout>
  );
}

export function ContactDetailScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const contact = useContacts().find((c) => c.id === id);
  useFieldFocus('contact', contact?.id);
  if (!contact) return <NotFound kind="contact" />;
  return (
    <DetailLayout kind="contact" id={contact.id} name={contact.name}>
      <Section title={t('plan.detail.details')}>
        <ContactFields contact={contact} />
      </Section>
      <Divider />
      <WhoDependsOn targetType="contact" targetId={contact.id} name={contact.name} />
    </DetailLayout>
  );
}
