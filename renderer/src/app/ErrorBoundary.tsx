import { Component, type ReactNode } from 'react';
import { Alert, Button, Container, Stack } from '@mantine/core';
import { i18next } from '../i18n';

interface State { failed: boolean }

/** Last line of defence: a person sees a sentence and a way forward, never a stack trace. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Container size="sm" py="xl">
        <Alert color="red" title={i18next.t('errors.title')} role="alert">
          <Stack>
            {i18next.t('errors.unexpected')}
            <Button onClick={() => window.location.reload()}>{i18next.t('errors.reload')}</Button>
          </Stack>
        </Alert>
      </Container>
    );
  }
}
