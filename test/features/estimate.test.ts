import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { runbookFromTemplate, runbookSchema, runbookTemplate } from '../../renderer/src/domain/runbook';
import { dependencyProblemText, estimateRunbook } from '../../renderer/src/features/runbooks/estimate';
import { runbookIssueText } from '../../renderer/src/features/runbooks/issues';
import { englishT } from './i18nSetup';

let t: TFunction;
beforeAll(async () => {
  t = await englishT();
});

const failover = () => runbookFromTemplate(runbookTemplate('database-failover-replica')!, { processId: '00000000-0000-4000-8000-000000000999', now: new Date('2026-03-02T09:00:00Z') });

describe('runbook estimate in the editor', () => {
  it("gives the seed's failover 34 min on the critical path, 45 min in turn", () => {
    const estimate = estimateRunbook(failover().steps, 60);
    expect(estimate.ok && [estimate.schedule.criticalPathMinutes, estimate.schedule.totalMinutes, estimate.check.verdict]).toEqual([34, 45, 'within']);
    const tight = estimateRunbook(failover().steps, 40);
    expect(tight.ok && tight.check.verdict).toBe('over-if-sequential');
    const over = estimateRunbook(failover().steps, 30);
    expect(over.ok && [over.check.verdict, over.check.marginMinutes]).toEqual(['over', -4]);
  });

  it('explains a loop by step numbers instead of throwing', () => {
    const runbook = failover();
    const steps = runbook.steps.map((step, i) => (i === 2 ? { ...step, after: [runbook.steps[3]!.id] } : step));
    const estimate = estimateRunbook(steps, 60);
    expect(estimate.ok).toBe(false);
    if (!estimate.ok) {
      expect(dependencyProblemText(t, estimate.problem, steps)).toBe('Steps 3, 4 wait on each other in a loop, so none of them can start. Change when one of them starts.');
    }
  });
});

describe('what is wrong with a draft, in a sentence', () => {
  it('names the step or field to fix', () => {
    const runbook = failover();
    const cases: [unknown, string][] = [
      [{ ...runbook, title: ' ' }, 'Give the runbook a title, then save again.'],
      [{ ...runbook, steps: runbook.steps.map((s, i) => (i === 4 ? { ...s, title: '' } : s)) }, 'Step 5 needs a title. Open it, write one, then save again.'],
      [{ ...runbook, activationCriteria: ['ok', ''] }, 'Activation criterion 2 is empty. Write it or remove it, then save again.'],
      [{ ...runbook, roles: [{ role: '', raci: 'informed', duties: '' }] }, 'Role 1 has no name. Write one or remove the row, then save again.'],
      [{ ...runbook, communications: runbook.communications.map((c, i) => (i === 1 ? { ...c, title: '' } : c)) }, 'Message 2 needs a title. Write one, then save again.'],
    ];
    for (const [draft, text] of cases) {
      const parsed = runbookSchema.safeParse(draft);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(runbookIssueText(t, parsed.error.issues[0]!, draft as never)).toBe(text);
    }
  });
});
