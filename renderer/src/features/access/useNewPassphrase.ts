import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { userMessage } from '../shared/userMessage';
import type { PassphraseChoice } from './PassphraseFields';

/**
 * The state every "choose a new passphrase" form needs: the choice, whether to show refusals yet,
 * and a submit that runs `action` only for an acceptable passphrase and turns failures into words.
 */
export function useNewPassphrase(action: (passphrase: string) => Promise<void>) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<PassphraseChoice>({ passphrase: '', acceptable: false });
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onChange = useCallback((c: PassphraseChoice) => setChoice(c), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!choice.acceptable) return;
    setBusy(true);
    setError(null);
    try {
      await action(choice.passphrase);
    } catch (e) {
      setError(userMessage(t, e));
      setBusy(false);
    }
  }

  return { onChange, submitted, busy, error, submit };
}
