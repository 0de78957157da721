import { addCalendarMonths, daysBetween, dueState, type CalendarDate, type DueState } from '../exercise/calendarDate';

/** ECC 3-1-4 asks for periodic review; the seed makes it annual. */
export const REVIEW_INTERVAL_MONTHS = 12;
/** A month's notice leaves time to gather the people who must sign. */
export const REVIEW_DUE_SOON_DAYS = 30;

/** Approval date + 12 calendar months (a leap-day approval is due on Feb 28). */
export function nextReviewDate(approvedOn: CalendarDate): CalendarDate {
  return addCalendarMonths(approvedOn, REVIEW_INTERVAL_MONTHS);
}

export type ReviewStatus =
  | { state: 'not-approved' }
  | { state: Exclude<DueState, 'scheduled'> | 'current'; nextReviewDue: CalendarDate; daysUntilDue: number };

/** Overdue from the day after the review date; due soon within REVIEW_DUE_SOON_DAYS of it. */
export function reviewStatus(approved: { approvedOn?: CalendarDate; nextReviewDue?: CalendarDate } | undefined, today: CalendarDate): ReviewStatus {
  if (!approved?.approvedOn) return { state: 'not-approved' };
  const nextReviewDue = approved.nextReviewDue ?? nextReviewDate(approved.approvedOn);
  const state = dueState(nextReviewDue, today, REVIEW_DUE_SOON_DAYS);
  return { state: state === 'scheduled' ? 'current' : state, nextReviewDue, daysUntilDue: daysBetween(today, nextReviewDue) };
}
