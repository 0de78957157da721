import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import type { Process } from '../../domain/process';
import { costPerYear, costSummary } from '../../domain/strategy';
import { formatDuration, formatMoney } from './format';
import { useStrategies, useTargets } from './planData';

const YEARS = 3;

/** The seed's cost analysis: what each process's strategies cost, beside what they achieve. */
export function CostSummaryTables({ processes }: { processes: readonly Process[] }) {
  const { t, i18n } = useTranslation();
  const strategies = useStrategies();
  const targets = useTargets();
  const summary = costSummary(
    processes.map((p) => ({ id: p.id, name: p.name, ...(targets.get(p.id) ?? {}) })),
    strategies,
  );
  const money = (amount: number) => formatMoney(i18n.language, amount);
  const versus = (achieved: number | undefined, target: number | undefined) => {
    const a = achieved === undefined ? t('response.strategies.nothingShort') : formatDuration(t, achieved);
    const b = target === undefined ? t('response.common.notSet') : formatDuration(t, target);
    return t('response.cost.versus', { achieved: a, target: b });
  };
  const years = costPerYear(summary.totals.oneOffCost, summary.totals.yearlyCost, YEARS);

  return (
    <section aria-labelledby="lb-cost-summary">
      <Stack>
        <Title order={2} size="h3" id="lb-cost-summary">{t('response.cost.title')}</Title>
        <Text maw={720}>{t('response.cost.intro')}</Text>
        <div className="lb-table-scroll">
          <Table striped withTableBorder aria-labelledby="lb-cost-summary">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('response.cost.process')}</Table.Th>
                <Table.Th scope="col">{t('response.cost.strategies')}</Table.Th>
                <Table.Th scope="col">{t('response.cost.rto')}</Table.Th>
                <Table.Th scope="col">{t('response.cost.rpo')}</Table.Th>
                <Table.Th scope="col">{t('response.cost.oneOff')}</Table.Th>
                <Table.Th scope="col">{t('response.cost.yearly')}</Table.Th>
                <Table.Th scope="col">{t('response.cost.firstYear')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.rows.map((row) => (
                <Table.Tr key={row.processId}>
                  <Table.Th scope="row">{row.processName}</Table.Th>
                  <Table.Td>{row.strategyIds.length}</Table.Td>
                  <Table.Td>{versus(row.rto?.minutes, row.targets.rtoMinutes)}</Table.Td>
                  <Table.Td>{versus(row.rpo?.minutes, row.targets.rpoMinutes)}</Table.Td>
                  <Table.Td>{money(row.oneOffCost)}</Table.Td>
                  <Table.Td>{money(row.yearlyCost)}</Table.Td>
                  <Table.Td>{money(row.firstYearCost)}</Table.Td>
                </Table.Tr>
              ))}
              {summary.unassigned.strategyIds.length > 0 && (
                <Table.Tr>
                  <Table.Th scope="row">{t('response.cost.unassigned')}</Table.Th>
                  <Table.Td>{summary.unassigned.strategyIds.length}</Table.Td>
                  <Table.Td />
                  <Table.Td />
                  <Table.Td>{money(summary.unassigned.oneOffCost)}</Table.Td>
                  <Table.Td>{money(summary.unassigned.yearlyCost)}</Table.Td>
                  <Table.Td>{money(summary.unassigned.oneOffCost + summary.unassigned.yearlyCost)}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('response.cost.total')}</Table.Th>
                <Table.Td>{strategies.length}</Table.Td>
                <Table.Td />
                <Table.Td />
                <Table.Td>{money(summary.totals.oneOffCost)}</Table.Td>
                <Table.Td>{money(summary.totals.yearlyCost)}</Table.Td>
                <Table.Td>{money(summary.totals.firstYearCost)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </div>
        <Title order={3} size="h4" id="lb-cost-years">{t('response.cost.perYearTitle')}</Title>
        <div className="lb-table-scroll">
          <Table withTableBorder aria-labelledby="lb-cost-years" maw={520}>
            <Table.Thead>
              <Table.Tr>
                {years.map((_, index) => <Table.Th scope="col" key={index}>{t('response.cost.year', { n: index + 1 })}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>{years.map((amount, index) => <Table.Td key={index}>{money(amount)}</Table.Td>)}</Table.Tr>
            </Table.Tbody>
          </Table>
        </div>
      </Stack>
    </section>
  );
}
