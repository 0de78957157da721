import type { ComponentType, ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import './plan.css';

/** The class every plan screen, dialog and notice sits in (accessible colours, see plan.css). */
export const PLAN_SCOPE = 'lb-plan';

/** Wraps a screen in the plan scope. */
export function planScreen(Screen: ComponentType): ComponentType {
  function PlanScreen() {
    return (
      <div className={PLAN_SCOPE}>
        <Screen />
      </div>
    );
  }
  PlanScreen.displayName = `PlanScreen(${Screen.displayName ?? Screen.name})`;
  return PlanScreen;
}

/** A notice whose close button has a name screen readers can announce. */
export function notify(t: TFunction, options: { color: string; message: ReactNode; id?: string; autoClose?: number }): void {
  notifications.show({ ...options, className: PLAN_SCOPE, closeButtonProps: { 'aria-label': t('plan.common.closeNotice') } });
}
