import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../i18n';
import { newRecordId } from '../../domain/record';
import { SCENARIOS, runbookSchema, type Runbook, type Scenario } from '../../domain/runbook';
import { getPlatform } from '../../platform';
import { usePlanStore } from '../../store';
import { saveFailureMessage } from '../shared/saveFailureMessage';
import { userMessage } from '../shared/userMessage';
import { useContacts, useOrganisation, useProcesses, useTargets } from '../strategies/planData';
import { CommunicationsEditor } from './CommunicationsEditor';
import { addCommunication, addStep, moveStep, newStep, removeCommunication, removeStep, updateCommunication, updateStep } from './draft';
import { EscalationEditor } from './EscalationEditor';
import { estimateRunbook } from './estimate';
import { EstimatePanel } from './EstimatePanel';
import { exportRunbookMarkdown } from './exportMarkdown';
import { runbookIssueText } from './issues';
import { RolesEditor, StringListEditor } from './ListEditors';
import { placeholderContext } from './placeholderContext';
import { scenarioLabel } from './scenarioText';
import { RUNBOOK_SERVICE_KIND, type RunbookService } from './serviceDetails';
import { StepsEditor } from './StepsEditor';
import { useRunbook, useRunbookService } from './useRunbooks';
import './runbooks.css';

export function RunbookEditorScreen() {
  const { t } = useTranslation();
  const { runbookId } = useParams();
  const runbook = useRunbook(runbookId);
  const service = useRunbookService(runbookId);
  if (!runbook) {
    return (
      <Stack>
        <Title order={1} size="h2">{t('response.editor.notFoundTitle')}</Title>
        <Text>{t('response.editor.notFound')}</Text>
        <Anchor component={Link} to="/runbooks">{t('response.editor.backToRunbooks')}</Anchor>
      </Stack>
    );
  }
  return <RunbookEditor key={runbook.id} saved={runbook} savedService={service} />;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function RunbookEditor({ saved, savedService }: { saved: Runbook; savedService: RunbookService | undefined }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const navigate = useNavigate();
  const processes = useProcesses();
  const contacts = useContacts();
  const organisation = useOrganisation();
  const targets = useTargets();
  const [baseline, setBaseline] = useState(saved);
  const [draft, setDraft] = useState(saved);
  const [serviceBaseline, setServiceBaseline] = useState({ url: savedService?.url ?? '', bastionHost: savedService?.bastionHost ?? '' });
  const [service, setService] = useState(serviceBaseline);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const process = processes.find((p) => p.id === draft.parentId);
  const processTargets = targets.get(draft.parentId);
  const rto = processTargets?.rtoMinutes;
  const dirty = !sameJson(draft, baseline) || !sameJson(service, serviceBaseline);
  const estimate = useMemo(() => estimateRunbook(draft.steps, rto), [draft.steps, rto]);
  const criticalPath = useMemo(() => new Set(estimate.ok ? estimate.schedule.criticalPath : []), [estimate]);
  const roleSuggestions = useMemo(() => [...new Set([...draft.roles.map((r) => r.role), ...draft.steps.map((s) => s.role)].filter(Boolean))], [draft.roles, draft.steps]);
  const preview = useMemo(() => {
    const now = new Date().toISOString();
    return placeholderContext({
      organisation, process, targets: processTargets, service, runbook: draft, contacts,
      incident: { startedAt: now, detectedAt: now }, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  }, [organisation, process, processTargets, service, draft, contacts]);

  const edit = (change: (current: Runbook) => Runbook) => {
    setNotice(null);
    setDraft(change);
  };

  async function save() {
    setError(null);
    setNotice(null);
    const parsed = runbookSchema.safeParse({ ...draft, updatedAt: new Date().toISOString() });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue ? runbookIssueText(t, issue, draft) : t('response.editor.errors.unknown'));
      return;
    }
    const records: Parameters<typeof store.save> = [parsed.data];
    const serviceChanged = !sameJson(service, serviceBaseline);
    if (serviceChanged) {
      records.push({ id: savedService?.id ?? newRecordId(), kind: RUNBOOK_SERVICE_KIND, updatedAt: new Date().toISOString(), parentId: draft.id, url: service.url.trim(), bastionHost: service.bastionHost.trim() });
    }
    setBusy(true);
    try {
      await store.save(...records);
      setBaseline(parsed.data);
      setDraft(parsed.data);
      setServiceBaseline(service);
      setNotice(t('response.editor.saved'));
    } catch (e) {
      setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  async function exportMarkdown() {
    setError(null);
    setNotice(null);
    try {
      const result = await exportRunbookMarkdown(store, getPlatform(), baseline, {
        processName: process?.name ?? '', contacts, orgName: organisation?.name, rtoMinutes: rto,
      }, t('response.runbooks.markdownFilter'));
      if (result.ok) setNotice(t('response.runbooks.exported', { title: baseline.title }));
      else if (result.reason !== 'cancelled') setError(saveFailureMessage(t, result.reason));
    } catch (e) {
      setError(userMessage(t, e));
    }
  }

  async function remove() {
    try {
      await store.remove(...[draft.id, ...(savedService ? [savedService.id] : [])]);
      navigate('/runbooks');
    } catch (e) {
      setError(userMessage(t, e));
    }
  }

  return (
    <Stack gap="lg" className="lb-editor">
      <div className="lb-editor-bar">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Anchor component={Link} to="/runbooks" size="sm">{t('response.editor.backToRunbooks')}</Anchor>
            <Title order={1} size="h2">{draft.title || t('response.editor.untitled')}</Title>
            <Text size="sm" c="dimmed">{process ? t('response.editor.forProcess', { name: process.name }) : t('response.editor.processMissing')}</Text>
          </div>
          <Group gap="xs">
            {dirty ? <Badge color="orange" variant="light">{t('response.editor.unsaved')}</Badge> : <Badge color="green" variant="light">{t('response.editor.allSaved')}</Badge>}
            <Button onClick={() => void save()} loading={busy} disabled={!dirty}>{t('response.editor.save')}</Button>
            <Button variant="default" onClick={() => void exportMarkdown()} disabled={dirty} title={dirty ? t('response.editor.saveFirst') : undefined}>
              {t('response.runbooks.exportMarkdown')}
            </Button>
            <Button color="red" component={Link} to={`/respond/runbook/${draft.id}`} disabled={dirty}
              onClick={(e) => { if (dirty) e.preventDefault(); }}>
              {t('response.editor.run')}
            </Button>
          </Group>
        </Group>
        {error && <Alert color="red" role="alert" mt="xs">{error}</Alert>}
        {notice && <Alert color="green" role="status" mt="xs">{notice}</Alert>}
        {dirty && <Text size="sm" mt={4}>{t('response.editor.saveFirstHint')}</Text>}
      </div>

      <EditorSection id="general" title={t('response.editor.general')}>
        <div className="lb-form-grid">
          <TextInput label={t('response.editor.title')} required value={draft.title} onChange={(e) => { const title = e.currentTarget.value; edit((d) => ({ ...d, title })); }} />
          <NativeSelect label={t('response.runbooks.scenario')} value={draft.scenario}
            data={SCENARIOS.map((s) => ({ value: s, label: scenarioLabel(t, s) }))}
            onChange={(e) => { const scenario = e.currentTarget.value as Scenario; edit((d) => ({ ...d, scenario })); }} />
          {draft.scenario === 'custom' && (
            <TextInput label={t('response.runbooks.scenarioName')} value={draft.scenarioName} onChange={(e) => { const scenarioName = e.currentTarget.value; edit((d) => ({ ...d, scenarioName })); }} />
          )}
        </div>
        <EstimatePanel estimate={estimate} steps={draft.steps} rtoMinutes={rto} />
        {rto === undefined && <Text size="sm">{t('response.editor.noRto')}</Text>}
      </EditorSection>

      <EditorSection id="service" title={t('response.editor.serviceTitle')} intro={t('response.editor.serviceIntro', { url: '{{service.url}}', bastion: '{{service.bastionHost}}' })}>
        <div className="lb-form-grid">
          <TextInput label={t('response.editor.serviceUrl')} placeholder={t('response.editor.serviceUrlExample')} value={service.url} onChange={(e) => { const url = e.currentTarget.value; setService((s) => ({ ...s, url })); }} />
          <TextInput label={t('response.editor.bastionHost')} placeholder="ops@bastion.example.com" value={service.bastionHost} onChange={(e) => { const bastionHost = e.currentTarget.value; setService((s) => ({ ...s, bastionHost })); }} />
        </div>
      </EditorSection>

      <EditorSection id="activation" title={t('response.editor.activationTitle')} intro={t('response.editor.activationIntro')}>
        <StringListEditor items={draft.activationCriteria} onChange={(activationCriteria) => edit((d) => ({ ...d, activationCriteria }))}
          itemLabelKey="response.editor.criterionN" addLabel={t('response.editor.addCriterion')} emptyText={t('response.editor.noCriteria')} />
        <Title order={3} size="h4" mt="sm">{t('response.editor.mayActivateTitle')}</Title>
        <StringListEditor items={draft.mayActivate} onChange={(mayActivate) => edit((d) => ({ ...d, mayActivate }))}
          itemLabelKey="response.editor.mayActivateN" addLabel={t('response.editor.addMayActivate')} emptyText={t('response.editor.noMayActivate')}
          suggestions={roleSuggestions} listId="lb-activate-roles" />
      </EditorSection>

      <EditorSection id="roles" title={t('response.editor.rolesTitle')} intro={t('response.editor.rolesIntro')}>
        <RolesEditor roles={draft.roles} onChange={(roles) => edit((d) => ({ ...d, roles }))} />
      </EditorSection>

      <EditorSection id="escalation" title={t('response.editor.escalationTitle')} intro={t('response.editor.escalationIntro')}>
        <EscalationEditor escalation={draft.escalation} contacts={contacts} onChange={(escalation) => edit((d) => ({ ...d, escalation }))} />
      </EditorSection>

      <EditorSection id="steps" title={t('response.editor.stepsTitle')}>
        <StepsEditor
          steps={draft.steps}
          communications={draft.communications}
          criticalPath={criticalPath}
          roleSuggestions={roleSuggestions}
          preview={preview}
          onMove={(from, to) => edit((d) => moveStep(d, from, to))}
          onChange={(id, patch) => edit((d) => updateStep(d, id, patch))}
          onReplace={(step) => edit((d) => ({ ...d, steps: d.steps.map((s) => (s.id === step.id ? step : s)) }))}
          onRemove={(id) => edit((d) => removeStep(d, id))}
          onAdd={() => {
            const id = newRecordId();
            edit((d) => addStep(d, newStep(id, t('response.editor.newStepTitle'))));
            return id;
          }}
        />
      </EditorSection>

      <EditorSection id="messages" title={t('response.editor.messagesTitle')} intro={t('response.editor.messagesIntro')}>
        <CommunicationsEditor
          communications={draft.communications}
          contactRoles={contacts.map((c) => c.role)}
          preview={preview}
          onAdd={(c) => edit((d) => addCommunication(d, c))}
          onChange={(id, patch) => edit((d) => updateCommunication(d, id, patch))}
          onRemove={(id) => edit((d) => removeCommunication(d, id))}
        />
      </EditorSection>

      <EditorSection id="delete" title={t('response.editor.deleteTitle')}>
        {confirmDelete ? (
          <Group>
            <Text>{t('response.editor.deleteConfirm')}</Text>
            <Button color="red" onClick={() => void remove()}>{t('response.editor.deleteNow')}</Button>
            <Button variant="default" onClick={() => setConfirmDelete(false)}>{t('response.common.cancel')}</Button>
          </Group>
        ) : (
          <Group><Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>{t('response.editor.delete')}</Button></Group>
        )}
      </EditorSection>
    </Stack>
  );
}

function EditorSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`lb-editor-${id}`}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={`lb-editor-${id}`}>{title}</Title>
        {intro && <Text size="sm" c="dimmed" maw={720}>{intro}</Text>}
        {children}
      </Stack>
    </Paper>
  );
}
