import { Button, Code, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { newRecordId } from '../../domain/record';
import {
  AUDIENCES,
  CHANNELS,
  availablePlaceholders,
  fillPlaceholders,
  type Audience,
  type Channel,
  type CommunicationTemplate,
  type PlaceholderContext,
} from '../../domain/runbook';
import { CopyTextButton } from './CopyTextButton';

export interface CommunicationsEditorProps {
  communications: readonly CommunicationTemplate[];
  contactRoles: readonly string[];
  /** Plan data for the preview; incident times are shown as if it started now. */
  preview: PlaceholderContext;
  onAdd: (communication: CommunicationTemplate) => void;
  onChange: (id: string, patch: Partial<Omit<CommunicationTemplate, 'id'>>) => void;
  onRemove: (id: string) => void;
}

/** Messages prepared in calm times; placeholders fill from plan data when they are sent. */
export function CommunicationsEditor({ communications, contactRoles, preview, onAdd, onChange, onRemove }: CommunicationsEditorProps) {
  const { t } = useTranslation();
  const placeholders = availablePlaceholders(contactRoles);
  return (
    <Stack gap="md">
      <details className="lb-details">
        <summary>{t('response.editor.placeholdersSummary')}</summary>
        <Text size="sm" mt="xs">{t('response.editor.placeholdersIntro')}</Text>
        <ul className="lb-placeholder-list">
          {placeholders.map((key) => <li key={key}><Code>{`{{${key}}}`}</Code></li>)}
        </ul>
      </details>
      {communications.length === 0 && <Text size="sm" c="dimmed">{t('response.editor.noMessages')}</Text>}
      {communications.map((message, index) => {
        const n = index + 1;
        const subject = fillPlaceholders(message.subject, preview);
        const body = fillPlaceholders(message.body, preview);
        const missing = [...new Set([...subject.missing, ...body.missing])];
        const unknown = [...new Set([...subject.unknown, ...body.unknown])];
        const heading = t('response.editor.messageN', { n, title: message.title || t('response.editor.untitled') });
        return (
          <Paper key={message.id} withBorder p="sm" component="section" aria-label={heading}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={3} size="h5">{heading}</Title>
                <Button size="xs" variant="subtle" color="red" onClick={() => onRemove(message.id)} aria-label={t('response.common.removeNamed', { name: heading })}>
                  {t('response.common.remove')}
                </Button>
              </Group>
              <div className="lb-form-grid">
                <TextInput label={t('response.editor.messageTitle')} required value={message.title} onChange={(e) => onChange(message.id, { title: e.currentTarget.value })} />
                <NativeSelect label={t('response.editor.audience')} value={message.audience}
                  data={AUDIENCES.map((a) => ({ value: a, label: t(`response.audiences.${a}`) }))}
                  onChange={(e) => onChange(message.id, { audience: e.currentTarget.value as Audience })} />
                <NativeSelect label={t('response.editor.channel')} value={message.channel}
                  data={CHANNELS.map((c) => ({ value: c, label: t(`response.channels.${c}`) }))}
                  onChange={(e) => onChange(message.id, { channel: e.currentTarget.value as Channel })} />
              </div>
              <TextInput label={t('response.editor.subject')} value={message.subject} onChange={(e) => onChange(message.id, { subject: e.currentTarget.value })} />
              <Textarea label={t('response.editor.body')} autosize minRows={3} value={message.body} onChange={(e) => onChange(message.id, { body: e.currentTarget.value })} />
              <details className="lb-details">
                <summary>{t('response.editor.preview')}</summary>
                <div className="lb-message-preview">
                  {subject.text && <Text fw={600}>{subject.text}</Text>}
                  <Text className="lb-preserve-lines">{body.text}</Text>
                </div>
                <CopyTextButton text={[subject.text, body.text].filter(Boolean).join('\n\n')} label={t('response.editor.copyPreview', { title: message.title })} />
              </details>
              {missing.length > 0 && <Text size="sm" c="orange.9">{t('response.editor.missingValues', { keys: missing.join(', ') })}</Text>}
              {unknown.length > 0 && <Text size="sm" c="red.8">{t('response.editor.unknownPlaceholders', { keys: unknown.join(', ') })}</Text>}
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button variant="default" onClick={() => onAdd({ id: newRecordId(), audience: 'customers', channel: 'email', title: t('response.editor.newMessageTitle'), subject: '', body: '' })}>
          {t('response.editor.addMessage')}
        </Button>
      </Group>
    </Stack>
  );
}
