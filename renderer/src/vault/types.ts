import type { PlanRecord } from '../domain/record';

export type TableName = 'records' | 'audit' | 'attachments';

/** Sorted, so every place that walks "all tables" (backup payload included) agrees on the order. */
export const TABLE_NAMES: readonly TableName[] = ['attachments', 'audit', 'records'];

export function isTableName(value: unknown): value is TableName {
  return value === 'records' || value === 'audit' || value === 'attachments';
}

export type StoredRecord = PlanRecord;

export interface VaultChange {
  put?: { table: TableName; record: StoredRecord }[];
  delete?: { table: TableName; id: string }[];
}

export type VaultStatus = 'empty' | 'locked' | 'unlocked';
