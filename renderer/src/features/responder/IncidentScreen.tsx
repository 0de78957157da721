import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../i18n';
import { addAttachment, type AttachmentRef } from '../../domain/incident';
import { getPlatform } from '../../platform';
import { usePlanStore } from '../../store';
import { saveFailureMessage } from '../shared/saveFailureMessage';
import { userMessage } from '../shared/userMessage';
import { useRunbook } from '../runbooks/useRunbooks';
import { MAX_ATTACHMENT_BYTES, attachmentFile, attachmentRecord } from './attachments';
import { responderClock } from './clock';
import { IncidentReportView } from './IncidentReportView';
import { rememberInitials, rememberedInitials } from './initials';
import { ResponderView } from './ResponderView';
import { useIncidentSession } from './useIncidents';
import { useResponderPlan } from './useResponderPlan';
import './responder.css';

/** An incident: responder mode while it is open, its timeline once closed. */
export function IncidentScreen() {
  const { t } = useTranslation();
  const { incidentId } = useParams();
  const store = usePlanStore();
  const session = useIncidentSession(incidentId);
  const { incident } = session;
  const runbook = useRunbook(incident?.runbookId);
  const plan = useResponderPlan(incident?.parentId, runbook);
  const [initials, setInitials] = useState(() => (incidentId && rememberedInitials(incidentId)) || incident?.openedBy || '');
  const [attachState, setAttachState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const who = initials || incident?.openedBy || '';

  // The audit trail names the responder for everything saved while responding.
  useEffect(() => {
    if (!who) return undefined;
    store.setActor(who);
    return () => store.setActor(null);
  }, [store, who]);

  if (!incident) {
    return (
      <div className="lb-responder">
        <div className="lb-responder-body">
          <h1 className="lb-responder-title">{t('response.responder.notFound')}</h1>
          <Link to="/respond">{t('response.responder.leave')}</Link>
        </div>
      </div>
    );
  }

  async function attach(stepId: string) {
    if (!incident) return;
    setAttachState({ busy: true, error: null });
    try {
      const file = await getPlatform().openFile({ accept: [], label: t('response.responder.attachChooser') });
      if (!file.ok) {
        setAttachState({ busy: false, error: file.reason === 'cancelled' ? null : t('errors.fileRead') });
        return;
      }
      if (file.bytes.length > MAX_ATTACHMENT_BYTES) {
        setAttachState({ busy: false, error: t('response.responder.attachTooLarge', { name: file.name }) });
        return;
      }
      const at = responderClock.now();
      const { record, ref } = attachmentRecord(file, incident.id, at);
      await store.saveAttachment(record);
      session.apply((current) => addAttachment(current, { stepId, attachment: ref, initials: who, at }));
      setAttachState({ busy: false, error: null });
    } catch (e) {
      setAttachState({ busy: false, error: userMessage(t, e) });
    }
  }

  async function saveCopy(ref: AttachmentRef) {
    const file = attachmentFile(store.attachment(ref.id));
    if (!file) {
      setAttachState({ busy: false, error: t('response.responder.attachmentMissing', { name: ref.name }) });
      return;
    }
    const result = await getPlatform().saveFile({ suggestedName: file.name, bytes: file.bytes, mimeType: file.mimeType });
    if (!result.ok && result.reason !== 'cancelled') setAttachState({ busy: false, error: saveFailureMessage(t, result.reason) });
  }

  if (incident.closedAt !== undefined) {
    return (
      <IncidentReportView incident={incident} targets={plan.targets} processName={plan.processName}
        onSaveAttachment={(ref) => void saveCopy(ref)} attachError={attachState.error} />
    );
  }

  return (
    <ResponderView
      incident={incident}
      runbook={runbook}
      plan={plan}
      initials={who}
      onChangeInitials={(next) => {
        rememberInitials(incident.id, next);
        setInitials(next);
      }}
      saveState={session.saveState}
      ruleError={session.ruleError}
      apply={session.apply}
      onAttach={(stepId) => void attach(stepId)}
      attachState={attachState}
      onSaveAttachment={(ref) => void saveCopy(ref)}
    />
  );
}
