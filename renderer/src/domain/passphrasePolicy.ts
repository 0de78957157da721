/**
 * What makes a passphrase acceptable. The plan is only as safe as this: a stolen laptop
 * lets an attacker guess offline, so we refuse what a cracker would try early.
 */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_ACCEPTED_SCORE = 3;

export interface PassphraseVerdict {
  /** 0 (very weak) to 4 (very strong), zxcvbn's scale. */
  score: 0 | 1 | 2 | 3 | 4;
  accepted: boolean;
  reason?: 'too-short' | 'too-weak';
  /** zxcvbn's own advice, in English, when it has some. */
  warning?: string;
  suggestions: string[];
}

type Checker = (passphrase: string, userInputs: string[]) => { score: number; feedback: { warning: string | null; suggestions: string[] } };

let checker: Promise<Checker> | undefined;

/** The dictionaries are large, so they load on first use rather than at start-up. */
function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, english]) => {
    const zxcvbn = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    });
    return (passphrase, userInputs) => zxcvbn.check(passphrase, userInputs);
  });
  return checker;
}

export async function assessPassphrase(passphrase: string, userInputs: string[] = []): Promise<PassphraseVerdict> {
  const check = await loadChecker();
  const result = check(passphrase, [...userInputs, 'lifeboat', 'continuity', 'plan']);
  const score = Math.max(0, Math.min(4, result.score)) as PassphraseVerdict['score'];
  const base = { score, suggestions: result.feedback.suggestions, ...(result.feedback.warning ? { warning: result.feedback.warning } : {}) };
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return { ...base, accepted: false, reason: 'too-short' };
  if (score < MIN_ACCEPTED_SCORE) return { ...base, accepted: false, reason: 'too-weak' };
  return { ...base, accepted: true };
}
