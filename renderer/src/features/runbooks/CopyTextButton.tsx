import { useEffect, useRef, useState } from 'react';
import { Button, type ButtonProps } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from '../../i18n';
import { copyText } from './copyText';

export interface CopyTextButtonProps extends Omit<ButtonProps, 'children'> {
  text: string;
  /** Accessible name, e.g. "Copy command of step 3"; the visible label stays "Copy". */
  label?: string;
}

/** One click to copy; says "Copied", or tells the person how to copy by hand if the system refused. */
export function CopyTextButton({ text, label, ...props }: CopyTextButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const ok = await copyText(text);
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), ok ? 2000 : 6000);
  }

  return (
    <span className="lb-copy">
      <Button
        variant="default"
        size="xs"
        leftSection={state === 'copied' ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
        onClick={() => void copy()}
        aria-label={label}
        {...props}
      >
        {state === 'copied' ? t('response.common.copied') : t('response.common.copy')}
      </Button>
      <span role="status" className={state === 'failed' ? 'lb-copy-error' : 'lb-sr-only'}>
        {state === 'copied' ? t('response.common.copiedStatus') : state === 'failed' ? t('response.common.copyFailed') : ''}
      </span>
    </span>
  );
}
