import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, NumberInput, Text, TextInput } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../i18n';
import { IncidentRuleError, startIncident, type Incident } from '../../domain/incident';
import type { Runbook } from '../../domain/runbook';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { useRunbook } from '../runbooks/useRunbooks';
import { formatDateTime, formatDuration } from '../strategies/format';
import { responderClock } from './clock';
import { rememberInitials } from './initials';
import type { ResponderPlan } from './ResponderView';
import { useCoverApp } from './useCoverApp';
import { useIncidents } from './useIncidents';
import { useResponderPlan } from './useResponderPlan';
import './responder.css';

export function StartIncidentScreen() {
  const { t } = useTranslation();
  const { runbookId } = useParams();
  const runbook = useRunbook(runbookId);
  const plan = useResponderPlan(runbook?.parentId, runbook);
  const openIncident = useIncidents().find((i) => i.runbookId === runbookId && i.closedAt === undefined);
  const store = usePlanStore();
  const navigate = useNavigate();
  if (!runbook) {
    return (
      <div className="lb-responder">
        <div className="lb-responder-body">
          <h1 className="lb-responder-title">{t('response.start.notFound')}</h1>
          <Link to="/respond">{t('response.responder.leave')}</Link>
        </div>
      </div>
    );
  }
  async function start(incident: Incident, initials: string) {
    rememberInitials(incident.id, initials);
    store.setActor(initials);
    await store.save(incident);
    navigate(`/respond/incident/${incident.id}`);
  }
  return <StartIncidentView runbook={runbook} plan={plan} openIncident={openIncident} onStart={start} />;
}

export interface StartIncidentViewProps {
  runbook: Runbook;
  plan: ResponderPlan;
  openIncident?: Incident;
  onStart: (incident: Incident, initials: string) => Promise<void>;
}

/** The runbook, visible at once, with the two questions needed to start: who, and since when. */
export function StartIncidentView({ runbook, plan, openIncident, onStart }: StartIncidentViewProps) {
  const { t, i18n } = useTranslation();
  const [initials, setInitials] = useState('');
  const [beganAgo, setBeganAgo] = useState<number>(0);
  const [noticedAgo, setNoticedAgo] = useState<number>(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { targets } = plan;
  const layerRef = useCoverApp<HTMLDivElement>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const who = initials.trim();
    if (!who || who.length > 6) return setError(t('response.responder.initialsInvalid'));
    if (noticedAgo > beganAgo) return setError(t('response.start.noticedBeforeBegan'));
    const now = responderClock.now();
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    setBusy(true);
    setError(null);
    try {
      const incident = startIncident({ runbook, initials: who, now, startedAt: minutesAgo(beganAgo), detectedAt: minutesAgo(noticedAgo) });
      await onStart(incident, who);
    } catch (e) {
      setError(e instanceof IncidentRuleError ? t('response.start.invalid') : userMessage(t, e));
      setBusy(false);
    }
  }

  return (
    <div className="lb-responder" ref={layerRef}>
      <header className="lb-responder-bar">
        <div className="lb-responder-bar-top">
          <Link className="lb-responder-leave" to="/respond">{t('response.responder.leave')}</Link>
        </div>
        <h1 className="lb-responder-title">{runbook.title}</h1>
        <p className="lb-responder-sub">
          {t('response.start.processLine', {
            process: plan.processName,
            rto: targets.rtoMinutes === undefined ? t('response.common.notSet') : formatDuration(t, targets.rtoMinutes),
            mtpd: targets.mtpdMinutes === undefined ? t('response.common.notSet') : formatDuration(t, targets.mtpdMinutes),
          })}
        </p>
      </header>
      <div className="lb-responder-body">
        {openIncident && (
          <Alert color="orange" className="lb-responder-alert" title={t('response.start.alreadyOpenTitle')}>
            <Text>{t('response.start.alreadyOpen', { started: formatDateTime(i18n.language, openIncident.startedAt) })}</Text>
            <Button component={Link} to={`/respond/incident/${openIncident.id}`} size="lg" mt="sm" color="blue.9">{t('response.start.resume')}</Button>
          </Alert>
        )}
        <form onSubmit={submit} className="lb-start-form" aria-labelledby="lb-start-title">
          <h2 id="lb-start-title" className="lb-responder-h2">{t('response.start.title')}</h2>
          <div className="lb-start-fields">
            <TextInput label={t('response.responder.initials')} description={t('response.start.initialsHint')} size="lg" maxLength={6} autoFocus required
              value={initials} onChange={(e) => setInitials(e.currentTarget.value)} />
            <NumberInput label={t('response.start.beganAgo')} size="lg" min={0} max={100_000} allowDecimal={false} value={beganAgo}
              onChange={(v) => setBeganAgo(typeof v === 'number' ? v : 0)} />
            <NumberInput label={t('response.start.noticedAgo')} size="lg" min={0} max={100_000} allowDecimal={false} value={noticedAgo}
              onChange={(v) => setNoticedAgo(typeof v === 'number' ? v : 0)} />
          </div>
          {error && <Text role="alert" className="lb-responder-error">{error}</Text>}
          <Group mt="sm"><Button type="submit" size="xl" color="red.9" loading={busy}>{t('response.start.submit')}</Button></Group>
        </form>

        {runbook.activationCriteria.length > 0 && (
          <section aria-labelledby="lb-activation" className="lb-responder-block">
            <h2 id="lb-activation" className="lb-responder-h2">{t('response.start.activation')}</h2>
            <ul className="lb-plain-list">{runbook.activationCriteria.map((c, i) => <li key={i}>{c}</li>)}</ul>
            {runbook.mayActivate.length > 0 && <p>{t('response.start.mayActivate', { roles: runbook.mayActivate.join(', ') })}</p>}
          </section>
        )}

        <section aria-labelledby="lb-preview-steps">
          <h2 id="lb-preview-steps" className="lb-responder-h2">{t('response.start.steps', { count: runbook.steps.length })}</h2>
          <ol className="lb-preview-steps">
            {runbook.steps.map((step) => (
              <li key={step.id}>
                <span className="lb-preview-title">{step.title}</span>
                <span className="lb-preview-meta">{[step.role, formatDuration(t, step.expectedMinutes)].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
