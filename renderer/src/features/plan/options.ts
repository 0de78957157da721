import type { TFunction } from 'i18next';
import { ASSET_TYPES } from '../../domain/asset';
import { AVAILABILITY_LEVELS, CONFIDENTIALITY_LEVELS, INTEGRITY_LEVELS } from '../../domain/process';

export type Option = { value: string; label: string };

export const assetTypeOptions = (t: TFunction): Option[] => ASSET_TYPES.map((v) => ({ value: v, label: t(`plan.assetTypes.${v}`) }));
export const confidentialityOptions = (t: TFunction): Option[] => CONFIDENTIALITY_LEVELS.map((v) => ({ value: v, label: t(`plan.confidentiality.${v}`) }));
export const integrityOptions = (t: TFunction): Option[] => INTEGRITY_LEVELS.map((v) => ({ value: v, label: t(`plan.lowMediumHigh.${v}`) }));
export const availabilityOptions = (t: TFunction): Option[] => AVAILABILITY_LEVELS.map((v) => ({ value: v, label: t(`plan.lowMediumHigh.${v}`) }));
