import { useDeferredValue, useMemo } from 'react';
import { Anchor, Badge, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n';
import { useAssets, useContacts, useProcesses, useVendors } from './data';
import { detailPath } from './paths';
import { searchPlan } from './search';

/** One box that finds processes, systems, suppliers and people by any word in them. */
export function SearchScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const deferred = useDeferredValue(query);
  const processes = useProcesses();
  const assets = useAssets();
  const vendors = useVendors();
  const contacts = useContacts();
  const hits = useMemo(() => searchPlan({ processes, assets, vendors, contacts }, deferred), [processes, assets, vendors, contacts, deferred]);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('plan.search.title')}
      </Title>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <TextInput
          type="search"
          label={t('plan.search.label')}
          description={t('plan.search.help')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(e) => setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })}
          autoFocus
        />
      </form>
      <div aria-live="polite">
        {query.trim() !== '' && (
          <Text size="sm" mb="xs">
            {t('plan.search.count', { count: hits.length, query: query.trim() })}
          </Text>
        )}
      </div>
      {hits.length > 0 && (
        <List spacing="sm" listStyleType="none" aria-label={t('plan.search.results')}>
          {hits.map((hit) => (
            <List.Item key={`${hit.kind}-${hit.id}`}>
              <Group gap="xs">
                <Badge variant="light" color="gray">
                  {t(`plan.search.kind.${hit.kind}`)}
                </Badge>
                <Anchor component={Link} to={detailPath(hit.kind, hit.id)}>
                  {hit.name}
                </Anchor>
              </Group>
              {hit.snippet && hit.field && (
                <Text size="sm">
                  {t(`plan.search.field.${hit.field}`)}: {hit.snippet}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
