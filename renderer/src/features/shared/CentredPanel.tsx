import type { ReactNode } from 'react';
import { Container, Paper, Stack, Title } from '@mantine/core';

/** The calm single-column page used before the plan is open. */
export function CentredPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="lb-centre" id="main">
      <Container size={560} w="100%">
        <Paper withBorder shadow="sm" p="xl">
          <Stack gap="md">
            <Title order={1} size="h2">{title}</Title>
            {children}
          </Stack>
        </Paper>
      </Container>
    </main>
  );
}
