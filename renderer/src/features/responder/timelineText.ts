import type { TFunction } from 'i18next';
import { formatAttachmentSize, type TimelineEntry } from '../../domain/incident';

/** One line of the incident timeline, through the message catalogue. */
export function timelineEntryText(t: TFunction, entry: TimelineEntry): string {
  const values = {
    n: entry.stepNumber ?? '',
    title: entry.stepTitle ?? '',
    initials: entry.initials ?? '',
    reason: entry.reason ?? '',
    text: entry.text ?? '',
    name: entry.attachment?.name ?? '',
    size: entry.attachment ? formatAttachmentSize(entry.attachment.size) : '',
  };
  const onStep = entry.stepNumber !== undefined;
  switch (entry.type) {
    case 'note':
      return t(onStep ? 'response.timeline.noteOnStep' : 'response.timeline.note', values);
    case 'attachment':
      return t(onStep ? 'response.timeline.attachmentOnStep' : 'response.timeline.attachment', values);
    case 'step-skipped':
    case 'step-blocked':
      return t(`response.timeline.${entry.type}${entry.reason ? 'Because' : ''}`, values);
    default:
      return t(`response.timeline.${entry.type}`, values);
  }
}
