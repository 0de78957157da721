import { industryTemplateSchema, type IndustryTemplate } from '../../domain/industryTemplate';

/**
 * The industry templates shipped in assets/templates, bundled at build time (the app works offline).
 * Each is checked against the template schema; one that fails is left out rather than half-used.
 */
const files = import.meta.glob('../../../../assets/templates/*.json', { eager: true, import: 'default' });

export const INDUSTRY_TEMPLATES: readonly IndustryTemplate[] = Object.values(files)
  .flatMap((raw) => {
    const parsed = industryTemplateSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  })
  .sort((a, b) => a.name.localeCompare(b.name));

/** The organisation's industry is stored as the template's name, so printouts read well; ids match too. */
export function findTemplate(industry: string | undefined): IndustryTemplate | undefined {
  if (!industry) return undefined;
  const key = industry.trim().toLowerCase();
  return INDUSTRY_TEMPLATES.find((t) => t.name.toLowerCase() === key || t.id === key);
}
