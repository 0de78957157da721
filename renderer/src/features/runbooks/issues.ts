import type { TFunction } from 'i18next';
import type { Runbook } from '../../domain/runbook';
import { dependencyProblemText, estimateRunbook } from './estimate';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** The first thing wrong with a runbook draft, as a sentence that says what to do. */
export function runbookIssueText(t: TFunction, issue: Issue, draft: Runbook): string {
  const [field, index, sub] = issue.path;
  const n = typeof index === 'number' ? index + 1 : 0;
  switch (field) {
    case 'title':
      return t('response.editor.errors.title');
    case 'scenarioName':
      return t('response.runbooks.scenarioNameRequired');
    case 'activationCriteria':
      return t('response.editor.errors.criterion', { n });
    case 'mayActivate':
      return t('response.editor.errors.mayActivate', { n });
    case 'roles':
      return t('response.editor.errors.role', { n });
    case 'communications':
      return sub === 'title' ? t('response.editor.errors.messageTitle', { n }) : t('response.editor.errors.message', { n });
    case 'steps': {
      if (index === undefined) {
        const estimate = estimateRunbook(draft.steps, undefined);
        if (!estimate.ok) return dependencyProblemText(t, estimate.problem, draft.steps);
      }
      if (sub === 'title') return t('response.editor.errors.stepTitle', { n });
      return t('response.editor.errors.step', { n });
    }
    default:
      return t('response.editor.errors.other', { field: issue.path.join('.'), message: issue.message });
  }
}
