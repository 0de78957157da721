import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Text, TextInput, Textarea } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import type { Contact } from '../../domain/contact';
import {
  addNote,
  blockStep,
  closeIncident,
  currentStepId,
  formatAttachmentSize,
  markStepDone,
  reopenStep,
  skipStep,
  stepCounts,
  stepStates,
  type AttachmentRef,
  type Incident,
  type StepState,
} from '../../domain/incident';
import { fillPlaceholders, type PlaceholderContext, type Runbook, type Step } from '../../domain/runbook';
import { CopyTextButton } from '../runbooks/CopyTextButton';
import { formatClockTime, formatDuration } from '../strategies/format';
import type { ProcessTargets } from '../strategies/planData';
import { userMessage } from '../shared/userMessage';
import { responderClock } from './clock';
import { RtoClockBar } from './RtoClockBar';
import { commandForKey, nextStepAfter } from './stepNavigation';
import { useCoverApp } from './useCoverApp';
import type { SaveState } from './useIncidents';
import './responder.css';

export interface EscalationEntry {
  contact: Contact;
  waitMinutes: number;
}

/** Plan data responder mode shows beside the steps, gathered once by the screen. */
export interface ResponderPlan {
  processName: string;
  targets: ProcessTargets;
  escalation: readonly EscalationEntry[];
  /** For filling messages and commands; the incident's times are added here. */
  context: PlaceholderContext;
}

export interface ResponderViewProps {
  incident: Incident;
  /** The runbook as it is now, for commands and checks; absent if it was deleted since. */
  runbook: Runbook | undefined;
  plan: ResponderPlan;
  initials: string;
  onChangeInitials: (initials: string) => void;
  saveState: SaveState;
  ruleError: string | null;
  apply: (change: (incident: Incident) => Incident) => boolean;
  onAttach: (stepId: string) => void;
  attachState: { busy: boolean; error: string | null };
  onSaveAttachment: (ref: AttachmentRef) => void;
}

type Mode = null | 'skip' | 'block' | 'note' | 'close' | 'initials';

/** Responder mode: one step at a time, in large type, driven from the keyboard. */
export function ResponderView(props: ResponderViewProps) {
  const { incident, runbook, plan, initials, apply, saveState, ruleError } = props;
  const { t, i18n } = useTranslation();
  const states = useMemo(() => stepStates(incident), [incident]);
  const counts = useMemo(() => stepCounts(incident), [incident]);
  const [selected, setSelected] = useState<string | undefined>(() => currentStepId(incident) ?? incident.steps[0]?.id);
  const [mode, setMode] = useState<Mode>(null);
  const [text, setText] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const layerRef = useCoverApp<HTMLDivElement>();
  const stepsById = useMemo(() => new Map((runbook?.steps ?? []).map((s) => [s.id, s])), [runbook]);
  const index = Math.max(0, states.findIndex((s) => s.stepId === selected));
  const state = states[index];
  const allSettled = counts.pending === 0 && counts.blocked === 0;
  const context = useMemo<PlaceholderContext>(
    () => ({ ...plan.context, incident: { startedAt: incident.startedAt, detectedAt: incident.detectedAt } }),
    [plan.context, incident.startedAt, incident.detectedAt],
  );

  const focusStep = () => requestAnimationFrame(() => headingRef.current?.focus());
  useEffect(() => { focusStep(); }, []);

  function select(stepId: string | undefined) {
    if (!stepId) return;
    setSelected(stepId);
    setMode(null);
    setFormError(null);
    focusStep();
  }

  function openForm(next: Mode) {
    setMode(next);
    setText(next === 'initials' ? initials : '');
    setFormError(null);
  }

  function act(kind: 'done' | 'reopen', stepId: string) {
    const at = responderClock.now();
    const ok = apply((current) => (kind === 'done' ? markStepDone(current, { stepId, initials, at }) : reopenStep(current, { stepId, initials, at })));
    if (ok && kind === 'done') select(nextStepAfter(states.map((s) => (s.stepId === stepId ? { ...s, status: 'done' as const } : s)), stepId));
    else focusStep();
  }

  function submitForm(event: FormEvent) {
    event.preventDefault();
    if (!state && mode !== 'close' && mode !== 'initials') return;
    const at = responderClock.now();
    const value = text.trim();
    if (mode === 'skip' && !value) return setFormError(t('response.responder.skipReasonRequired'));
    if (mode === 'note' && !value) return setFormError(t('response.responder.noteRequired'));
    if (mode === 'initials') {
      if (!value || value.length > 6) return setFormError(t('response.responder.initialsInvalid'));
      props.onChangeInitials(value);
      setMode(null);
      return focusStep();
    }
    const stepId = state?.stepId ?? '';
    let change: (current: Incident) => Incident;
    if (mode === 'skip') change = (current) => skipStep(current, { stepId, initials, at, reason: value });
    else if (mode === 'block') change = (current) => blockStep(current, { stepId, initials, at, reason: value });
    else if (mode === 'note') change = (current) => addNote(current, { stepId, text: value, initials, at });
    else if (mode === 'close') change = (current) => closeIncident(current, { initials, at });
    else return;
    const movesOn = mode === 'skip' || mode === 'block';
    if (!apply(change)) return;
    setMode(null);
    setText('');
    if (movesOn) select(nextStepAfter(states.map((s) => (s.stepId === stepId ? { ...s, status: mode === 'skip' ? 'skipped' : 'blocked' } : s)), stepId));
    else focusStep();
  }

  // The keyboard of responder mode; keys typed in a field belong to the field.
  const keyHandler = useRef<(event: KeyboardEvent) => void>(() => undefined);
  keyHandler.current = (event: KeyboardEvent) => {
    if (event.defaultPrevented || mode !== null) {
      if (event.key === 'Escape' && mode !== null) {
        event.preventDefault();
        setMode(null);
        focusStep();
      }
      return;
    }
    const command = commandForKey({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target: event.target as HTMLElement | null });
    if (!command || !state || incident.closedAt) return;
    event.preventDefault();
    switch (command) {
      case 'done':
        if (state.status !== 'done') act('done', state.stepId);
        break;
      case 'reopen':
        if (state.status !== 'pending') act('reopen', state.stepId);
        break;
      case 'skip':
        openForm('skip');
        break;
      case 'block':
        openForm('block');
        break;
      case 'note':
        openForm('note');
        break;
      case 'attach':
        props.onAttach(state.stepId);
        break;
      case 'previous':
        select(states[index - 1]?.stepId);
        break;
      case 'next':
        select(states[index + 1]?.stepId);
        break;
    }
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const detail = state ? stepsById.get(state.stepId) : undefined;
  const language = i18n.language;

  return (
    <div className="lb-responder" ref={layerRef}>
      <header className="lb-responder-bar">
        <div className="lb-responder-bar-top">
          <Link className="lb-responder-leave" to="/respond">{t('response.responder.leave')}</Link>
          <SaveIndicator state={saveState} language={language} />
        </div>
        <h1 className="lb-responder-title">{incident.title}</h1>
        <RtoClockBar incident={incident} targets={plan.targets} />
      </header>

      <div className="lb-responder-body">
        <p className="lb-responder-progress">
          {t('response.responder.progress', { done: counts.done, skipped: counts.skipped, blocked: counts.blocked, total: counts.total })}
          {' · '}
          <span>{t('response.responder.actingAs', { initials })}</span>{' '}
          <button type="button" className="lb-link-button" onClick={() => openForm('initials')}>{t('response.responder.changeInitials')}</button>
        </p>
        {mode === 'initials' && (
          <form onSubmit={submitForm} className="lb-responder-form">
            <TextInput label={t('response.responder.initials')} value={text} maxLength={6} autoFocus onChange={(e) => setText(e.currentTarget.value)} size="lg" />
            {formError && <Text role="alert" className="lb-responder-error">{formError}</Text>}
            <Group mt="xs"><Button type="submit" size="md">{t('response.responder.saveInitials')}</Button><Button variant="default" size="md" onClick={() => setMode(null)}>{t('response.common.cancel')}</Button></Group>
          </form>
        )}

        {allSettled && (
          <Alert color="green" className="lb-responder-alert">{t('response.responder.allSettled')}</Alert>
        )}

        {state && (
          <section className={`lb-current-step lb-status-${state.status}`} aria-labelledby="lb-current-step-title">
            <p className="lb-step-counter">{t('response.responder.stepOf', { n: state.number, total: counts.total })}</p>
            <h2 id="lb-current-step-title" className="lb-responder-step-title" tabIndex={-1} ref={headingRef}>
              {state.number}. {state.title}
            </h2>
            <StepMeta state={state} step={detail} role={incident.steps[index]?.role ?? ''} minutes={incident.steps[index]?.expectedMinutes ?? 0} language={language} />
            {detail && <StepDetail step={detail} runbook={runbook} context={context} />}

            {ruleError && <Text role="alert" className="lb-responder-error">{ruleError}</Text>}
            {!incident.closedAt && mode !== 'initials' && mode !== 'close' && (
              mode === null ? (
                <div className="lb-responder-actions" role="group" aria-label={t('response.responder.actionsLabel')}>
                  {state.status === 'done' ? (
                    <Button size="lg" color="gray.8" aria-keyshortcuts="U" onClick={() => act('reopen', state.stepId)}>{t('response.responder.reopen')} <Kbd>U</Kbd></Button>
                  ) : (
                    <Button size="lg" color="green.9" aria-keyshortcuts="Enter" onClick={() => act('done', state.stepId)}>{t('response.responder.done')} <Kbd>Enter</Kbd></Button>
                  )}
                  {state.status !== 'skipped' && <Button size="lg" color="gray.8" variant="outline" aria-keyshortcuts="S" onClick={() => openForm('skip')}>{t('response.responder.skip')} <Kbd>S</Kbd></Button>}
                  {state.status !== 'blocked' && <Button size="lg" color="red.9" variant="outline" aria-keyshortcuts="B" onClick={() => openForm('block')}>{t('response.responder.block')} <Kbd>B</Kbd></Button>}
                  {(state.status === 'skipped' || state.status === 'blocked') && (
                    <Button size="lg" color="gray.8" variant="outline" aria-keyshortcuts="U" onClick={() => act('reopen', state.stepId)}>{t('response.responder.reopen')} <Kbd>U</Kbd></Button>
                  )}
                  <Button size="lg" variant="default" aria-keyshortcuts="N" onClick={() => openForm('note')}>{t('response.responder.note')} <Kbd>N</Kbd></Button>
                  <Button size="lg" variant="default" loading={props.attachState.busy} aria-keyshortcuts="A" onClick={() => props.onAttach(state.stepId)}>{t('response.responder.attach')} <Kbd>A</Kbd></Button>
                </div>
              ) : (
                <form onSubmit={submitForm} className="lb-responder-form">
                  {mode === 'note' ? (
                    <Textarea label={t('response.responder.noteLabel', { n: state.number })} value={text} autoFocus autosize minRows={2} size="lg"
                      onChange={(e) => setText(e.currentTarget.value)}
                      onKeyDown={(e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); e.currentTarget.form?.requestSubmit(); } }}
                      description={t('response.responder.noteHint')} />
                  ) : (
                    <TextInput label={mode === 'skip' ? t('response.responder.skipReason', { n: state.number }) : t('response.responder.blockReason', { n: state.number })}
                      description={mode === 'skip' ? t('response.responder.skipHint') : t('response.responder.blockHint')}
                      value={text} autoFocus size="lg" onChange={(e) => setText(e.currentTarget.value)} />
                  )}
                  {formError && <Text role="alert" className="lb-responder-error">{formError}</Text>}
                  <Group mt="xs">
                    <Button type="submit" size="lg" color={mode === 'block' ? 'red.9' : mode === 'skip' ? 'gray.8' : 'blue.9'}>
                      {mode === 'skip' ? t('response.responder.confirmSkip') : mode === 'block' ? t('response.responder.confirmBlock') : t('response.responder.saveNote')}
                    </Button>
                    <Button size="lg" variant="default" onClick={() => { setMode(null); focusStep(); }}>{t('response.common.cancel')} <Kbd>Esc</Kbd></Button>
                  </Group>
                </form>
              )
            )}
            {props.attachState.error && <Text role="alert" className="lb-responder-error">{props.attachState.error}</Text>}
            <NotesAndFiles state={state} language={language} onSave={props.onSaveAttachment} />
          </section>
        )}

        <p className="lb-keys-legend">{t('response.responder.keys')}</p>

        <section aria-labelledby="lb-all-steps">
          <h2 id="lb-all-steps" className="lb-responder-h2">{t('response.responder.allSteps')}</h2>
          <ol className="lb-responder-steps">
            {states.map((s) => (
              <li key={s.stepId}>
                <button type="button" className={`lb-step-button lb-status-${s.status}`} aria-current={s.stepId === state?.stepId ? 'step' : undefined} onClick={() => select(s.stepId)}>
                  <span className="lb-step-mark" aria-hidden>{STATUS_MARK[s.status]}</span>
                  <span className="lb-grow">{s.number}. {s.title}</span>
                  <span className="lb-step-status">{statusText(t, s, language)}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>

        <ContactsPanel escalation={plan.escalation} />

        {!incident.closedAt && (
          <section aria-labelledby="lb-close-incident" className="lb-close-section">
            <h2 id="lb-close-incident" className="lb-responder-h2">{t('response.responder.closeTitle')}</h2>
            {mode === 'close' ? (
              <form onSubmit={submitForm}>
                <Text size="lg">{t('response.responder.closeConfirm', { time: formatClockTime(language, responderClock.now()), open: counts.pending + counts.blocked })}</Text>
                <Group mt="sm">
                  <Button type="submit" size="lg" color="green.9" autoFocus>{t('response.responder.closeNow')}</Button>
                  <Button size="lg" variant="default" onClick={() => setMode(null)}>{t('response.common.cancel')}</Button>
                </Group>
              </form>
            ) : (
              <Button size="lg" variant={allSettled ? 'filled' : 'outline'} color="green.9" onClick={() => openForm('close')}>{t('response.responder.close')}</Button>
            )}
          </section>
        )}
      </div>
    </div>
  );
}

const STATUS_MARK = { pending: '○', done: '✓', skipped: '↷', blocked: '✕' } as const;

/** The key shown on a button; the button itself announces it through aria-keyshortcuts. */
function Kbd({ children }: { children: string }) {
  return <kbd className="lb-kbd" aria-hidden>{children}</kbd>;
}

function statusText(t: ReturnType<typeof useTranslation>['t'], state: StepState, language: string): string {
  if (state.status === 'pending' || !state.at) return t('response.status.pending');
  return t(`response.status.${state.status}`, { time: formatClockTime(language, state.at), initials: state.initials ?? '' });
}

function StepMeta({ state, step, role, minutes, language }: { state: StepState; step: Step | undefined; role: string; minutes: number; language: string }) {
  const { t } = useTranslation();
  return (
    <div className="lb-step-meta">
      {(step?.role || role) && <span>{t('response.responder.role', { role: step?.role || role })}</span>}
      <span>{t('response.responder.expected', { duration: formatDuration(t, step?.expectedMinutes ?? minutes) })}</span>
      <span className={`lb-status-text lb-status-${state.status}`}>{statusText(t, state, language)}</span>
      {state.reason && <span className="lb-status-reason">{t('response.responder.reason', { reason: state.reason })}</span>}
    </div>
  );
}

function StepDetail({ step, runbook, context }: { step: Step; runbook: Runbook | undefined; context: PlaceholderContext }) {
  const { t } = useTranslation();
  const command = step.command ? fillPlaceholders(step.command, context) : undefined;
  const messages = (runbook?.communications ?? []).filter((c) => step.communicationIds.includes(c.id));
  const fill = (text: string) => fillPlaceholders(text, context).text;
  return (
    <div className="lb-step-detail">
      {command && (
        <div className="lb-responder-block">
          <h3 className="lb-responder-h3">{t('response.responder.command')}</h3>
          <pre className="lb-command lb-command-large">{command.text}</pre>
          <CopyTextButton text={command.text} size="md" label={t('response.responder.copyCommand')} />
          {command.missing.length > 0 && <Text className="lb-responder-error">{t('response.responder.commandMissing')}</Text>}
        </div>
      )}
      {step.verification && <Block title={t('response.responder.verification')} text={fill(step.verification)} />}
      {step.warning && <Block title={t('response.responder.warning')} text={fill(step.warning)} tone="warning" />}
      {step.rollback && <Block title={t('response.responder.rollback')} text={fill(step.rollback)} mono />}
      {step.evidence && <Block title={t('response.responder.evidence')} text={step.evidence} />}
      {messages.map((message) => {
        const subject = fillPlaceholders(message.subject, context).text;
        const body = fillPlaceholders(message.body, context).text;
        const all = [subject, body].filter(Boolean).join('\n\n');
        return (
          <div key={message.id} className="lb-responder-block lb-message">
            <h3 className="lb-responder-h3">{t('response.responder.message', { title: message.title })}</h3>
            <p className="lb-message-meta">{t('response.responder.messageMeta', { audience: t(`response.audiences.${message.audience}`), channel: t(`response.channels.${message.channel}`) })}</p>
            {subject && (
              <div className="lb-copy-row">
                <p className="lb-message-subject">{subject}</p>
                <CopyTextButton text={subject} size="sm" label={t('response.responder.copySubject', { title: message.title })} />
              </div>
            )}
            <p className="lb-preserve-lines lb-message-body">{body}</p>
            <CopyTextButton text={all} size="md" label={t('response.responder.copyMessage', { title: message.title })} />
          </div>
        );
      })}
    </div>
  );
}

function Block({ title, text, tone, mono }: { title: string; text: string; tone?: 'warning'; mono?: boolean }) {
  return (
    <div className={`lb-responder-block${tone === 'warning' ? ' lb-warning' : ''}`}>
      <h3 className="lb-responder-h3">{title}</h3>
      <p className={`lb-preserve-lines${mono ? ' lb-mono' : ''}`}>{text}</p>
    </div>
  );
}

function NotesAndFiles({ state, language, onSave }: { state: StepState; language: string; onSave: (ref: AttachmentRef) => void }) {
  const { t } = useTranslation();
  if (state.notes.length === 0 && state.attachments.length === 0) return null;
  return (
    <div className="lb-responder-block">
      <h3 className="lb-responder-h3">{t('response.responder.notesTitle')}</h3>
      <ul className="lb-notes">
        {state.notes.map((note, i) => (
          <li key={`n${i}`}><span className="lb-note-time">{formatClockTime(language, note.at)} {note.initials}</span> {note.text}</li>
        ))}
        {state.attachments.map((file, i) => (
          <li key={`a${i}`}>
            <span className="lb-note-time">{formatClockTime(language, file.at)} {file.initials}</span>{' '}
            {t('response.responder.attached', { name: file.attachment.name, size: formatAttachmentSize(file.attachment.size) })}{' '}
            <button type="button" className="lb-link-button" onClick={() => onSave(file.attachment)}>{t('response.responder.saveCopy', { name: file.attachment.name })}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ContactsPanel({ escalation }: { escalation: readonly EscalationEntry[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="lb-contacts" className="lb-contacts-section">
      <h2 id="lb-contacts" className="lb-responder-h2">{t('response.responder.contactsTitle')}</h2>
      {escalation.length === 0 ? (
        <p>{t('response.responder.noContacts')}</p>
      ) : (
        <ol className="lb-contacts">
          {escalation.map(({ contact, waitMinutes }, i) => (
            <li key={contact.id} className="lb-contact">
              <p className="lb-contact-name">{contact.name}{contact.role ? <span className="lb-contact-role"> · {contact.role}</span> : null}</p>
              {contact.primaryPhone && <a className="lb-phone" href={`tel:${contact.primaryPhone.replace(/[^+\d]/g, '')}`}>{contact.primaryPhone}</a>}
              {contact.backupPhone && <p>{t('response.responder.backupPhone')} <a className="lb-phone-small" href={`tel:${contact.backupPhone.replace(/[^+\d]/g, '')}`}>{contact.backupPhone}</a></p>}
              {contact.email && <p>{contact.email}</p>}
              {i < escalation.length - 1 && <p className="lb-contact-wait">{t('response.responder.escalateAfter', { duration: formatDuration(t, waitMinutes) })}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function SaveIndicator({ state, language }: { state: SaveState; language: string }) {
  const { t } = useTranslation();
  let text = '';
  if (state.status === 'saving') text = t('response.responder.saving');
  if (state.status === 'saved') text = t('response.responder.savedAt', { time: formatClockTime(language, state.at) });
  if (state.status === 'failed') text = `${t('response.responder.saveFailed')} ${userMessage(t, state.error)}`;
  return <span role="status" className={state.status === 'failed' ? 'lb-save-failed' : 'lb-save-state'}>{text}</span>;
}
