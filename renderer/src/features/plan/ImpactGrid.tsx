import { useState } from 'react';
import { ActionIcon, Checkbox, Group, NativeSelect, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowDown } from '@tabler/icons-react';
import {
  IMPACT_ASSESSMENT_KIND,
  IMPACT_CATEGORIES,
  IMPACT_LEVELS,
  copyRowForward,
  emptyGrid,
  impactAssessmentSchema,
  setImpactLevel,
  type ImpactCategory,
  type ImpactGrid as Grid,
  type ImpactLevel,
} from '../../domain/impact';
import { formatMinutes } from '../../domain/duration';
import { TIME_POINTS, type TimePoint } from '../../domain/timePoints';
import { DEFAULT_TOLERABLE_LEVELS, effectiveTolerance } from '../../domain/tolerance';
import { useTranslation } from '../../i18n';
import { userMessage } from '../shared/userMessage';
import { useAssessments, useTolerance } from './data';
import { useSaver } from './saver';
import './plan.css';

/** One shared empty grid, so a process without ratings keeps the same value between renders. */
const EMPTY_GRID: Grid = emptyGrid();

/**
 * The impact grid of one process: one row per time point, one column per category, levels 0–4.
 * Rows are time points so "copy this row to the next" reads like "same as before, a bit later".
 * Every change is saved at once; later points are raised so the impact never falls over time.
 */
export function ImpactGrid({ processId, processName }: { processId: string; processName: string }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const assessment = useAssessments().find((a) => a.parentId === processId);
  const organisation = useTolerance();
  const tolerable = effectiveTolerance(organisation?.levels ?? DEFAULT_TOLERABLE_LEVELS, assessment?.tolerableOverrides);
  const stored = assessment?.levels ?? EMPTY_GRID;
  // What the owner sees runs ahead of the store while saves are queued, so a quick series of
  // changes never flickers back to an older grid.
  const [shown, setShown] = useState<{ grid: Grid; pending: number; stored: Grid }>({ grid: stored, pending: 0, stored });
  if (shown.stored !== stored) setShown((s) => ({ grid: s.pending > 0 ? s.grid : stored, pending: s.pending, stored }));
  const grid = shown.pending > 0 ? shown.grid : stored;
  const [error, setError] = useState<string | null>(null);

  function change(edit: (g: Grid) => Grid) {
    setShown((s) => ({ ...s, grid: edit(s.pending > 0 ? s.grid : stored), pending: s.pending + 1 }));
    setError(null);
    saver
      .updateChild(impactAssessmentSchema, IMPACT_ASSESSMENT_KIND, processId, (current) => ({ levels: edit(current?.levels ?? emptyGrid()) }))
      .catch((e: unknown) => setError(userMessage(t, e)))
      .finally(() => setShown((s) => ({ ...s, pending: s.pending - 1 })));
  }

  const time = (point: TimePoint) => formatMinutes(point);
  const levelOptions = (floor: ImpactLevel) =>
    IMPACT_LEVELS.map((level) => ({
      value: String(level),
      label: level < floor ? t('plan.impact.optionBelow', { level, name: t(`plan.levels.${level}`) }) : t('plan.impact.option', { level, name: t(`plan.levels.${level}`) }),
      disabled: level < floor,
    }));

  return (
    <div className="lb-impact">
      <Table className="lb-impact-table" withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6}>
        <caption>{t('plan.impact.caption', { process: processName })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plan.impact.after')}</Table.Th>
            {IMPACT_CATEGORIES.map((category) => (
              <Table.Th scope="col" key={category}>
                {t(`plan.categories.${category}`)}
                <Text size="xs" c="gray.7" fw={400}>
                  {t('plan.impact.bearable', { level: tolerable[category], name: t(`plan.levels.${tolerable[category]}`) })}
                </Text>
              </Table.Th>
            ))}
            <Table.Th scope="col">
              <VisuallyHidden>{t('plan.impact.copyColumn')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {TIME_POINTS.map((point, i) => {
            const next = TIME_POINTS[i + 1];
            return (
              <Table.Tr key={point}>
                <Table.Th scope="row">{time(point)}</Table.Th>
                {IMPACT_CATEGORIES.map((category) => {
                  const level = grid[category][i] ?? 0;
                  const floor = i === 0 ? 0 : (grid[category][i - 1] ?? 0);
                  const above = level > tolerable[category];
                  return (
                    <Table.Td key={category} className={above ? 'lb-impact-cell lb-impact-above' : 'lb-impact-cell'}>
                      <NativeSelect
                        aria-label={t('plan.impact.cellLabel', { category: t(`plan.categories.${category}`), time: time(point) })}
                        aria-describedby={above ? `above-${processId}` : undefined}
                        value={String(level)}
                        data={levelOptions(floor)}
                        size="xs"
                        onChange={(e) => {
                          const value = Number(e.currentTarget.value) as ImpactLevel;
                          change((g) => setImpactLevel(g, category, point, value));
                        }}
                      />
                    </Table.Td>
                  );
                })}
                <Table.Td>
                  {next !== undefined && (
                    <Tooltip label={t('plan.impact.copyRow', { from: time(point), to: time(next) })} withinPortal={false}>
                      <ActionIcon
                        variant="default"
                        aria-label={t('plan.impact.copyRow', { from: time(point), to: time(next) })}
                        onClick={() => change((g) => copyRowForward(g, point))}
                      >
                        <IconArrowDown size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text id={`above-${processId}`} size="sm" className="lb-impact-legend">
        <span className="lb-impact-swatch" aria-hidden /> {t('plan.impact.aboveLegend')}
      </Text>
      {error && (
        <Text c="red.8" role="alert">
          {error}
        </Text>
      )}
      <OwnTolerance processId={processId} />
    </div>
  );
}

/**
 * Bearable levels for this process only, when it differs from the business as a whole (a clinic's
 * appointments may bear less reputational harm than its newsletter). Stored as overrides; choosing
 * the business-wide level again removes the override.
 */
function OwnTolerance({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const assessment = useAssessments().find((a) => a.parentId === processId);
  const organisationLevels = useTolerance()?.levels ?? DEFAULT_TOLERABLE_LEVELS;
  const overrides = assessment?.tolerableOverrides ?? {};
  const hasOwn = Object.keys(overrides).length > 0;
  const [open, setOpen] = useState(hasOwn);
  const effective = effectiveTolerance(organisationLevels, overrides);
  const setLevel = (category: ImpactCategory, level: ImpactLevel) =>
    void saver.updateChild(impactAssessmentSchema, IMPACT_ASSESSMENT_KIND, processId, (current) => {
      const next = { ...(current?.tolerableOverrides ?? {}) };
      if (level === organisationLevels[category]) delete next[category];
      else next[category] = level;
      return { tolerableOverrides: next };
    });
  return (
    <Stack gap="xs" mt="sm">
      <Checkbox
        label={t('plan.impact.ownTolerance')}
        checked={open}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          setOpen(on);
          if (!on && hasOwn) void saver.updateChild(impactAssessmentSchema, IMPACT_ASSESSMENT_KIND, processId, () => ({ tolerableOverrides: {} }));
        }}
      />
      {open && (
        <Group gap="sm" align="flex-start">
          {IMPACT_CATEGORIES.map((category) => (
            <NativeSelect
              key={category}
              size="xs"
              label={t('plan.impact.ownToleranceLabel', { category: t(`plan.categories.${category}`) })}
              value={String(effective[category])}
              data={IMPACT_LEVELS.map((level) => ({ value: String(level), label: t('plan.impact.option', { level, name: t(`plan.levels.${level}`) }) }))}
              onChange={(e) => setLevel(category, Number(e.currentTarget.value) as ImpactLevel)}
            />
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** The meaning of the five levels, shown once above the grids. */
export function ImpactLevelLegend() {
  const { t } = useTranslation();
  return (
    <dl className="lb-level-legend">
      {IMPACT_LEVELS.map((level) => (
        <div key={level}>
          <dt>
            {level} {t(`plan.levels.${level}`)}
          </dt>
          <dd>{t(`plan.levelHelp.${level}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
