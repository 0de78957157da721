import { z } from 'zod';
import { newRecordId, recordBase } from './record';
import { durationMinutesSchema } from './timePoints';
import { confidentialitySchema } from './process';

export const ASSET_KIND = 'asset';

/** Sites and data stores are assets too, so a dependency on "the shop" or "customer records" works the same way. */
export const ASSET_TYPES = ['server', 'database', 'network', 'saas', 'site', 'device', 'data-store'] as const;
export type AssetType = (typeof ASSET_TYPES)[number];
export const assetTypeSchema = z.enum(ASSET_TYPES);

const text = (max: number) => z.string().trim().max(max).default('');

/** An infrastructure component, as a simple CMDB would list it. */
export const assetSchema = recordBase.extend({
  kind: z.literal(ASSET_KIND),
  name: z.string().trim().min(1).max(200),
  type: assetTypeSchema,
  description: text(2000),
  locationOrProvider: text(500),
  redundancy: text(1000),
  backupMethod: text(1000),
  owner: text(200),
  /** Who to call when it breaks. */
  contactId: z.uuid().optional(),
  /** What the current set-up can actually achieve, not what the business wants. */
  achievableRtoMinutes: durationMinutesSchema.optional(),
  achievableRpoMinutes: durationMinutesSchema.optional(),
  /** Mostly for data stores: how confidential the data held is. */
  confidentiality: confidentialitySchema.optional(),
  /**
   * Whether this is a cybersecurity system (ECC 3-1-3 asks for their continuity). Not set: the
   * asset's own words decide (securitySystemGuess).
   */
  securitySystem: z.boolean().optional(),
});

export type Asset = z.infer<typeof assetSchema>;
export type AssetInput = Omit<z.input<typeof assetSchema>, 'id' | 'kind' | 'updatedAt'> & { id?: string; updatedAt?: string };

export function makeAsset(input: AssetInput, now: Date = new Date()): Asset {
  return assetSchema.parse({ id: newRecordId(), updatedAt: now.toISOString(), ...input, kind: ASSET_KIND });
}

/**
 * What the asset's words say about it being a cybersecurity system: firewall, identity and
 * sign-on, endpoint protection, backup, logging, remote access, secrets. Used until the owner
 * answers the question on the asset; a false match only asks for a continuity arrangement that
 * is cheap to record, and the owner can say no.
 */
const SECURITY_SYSTEM_WORDS =
  /\b(firewall|utm|identity|active directory|entra|okta|sso|single sign-on|mfa|2fa|multi-factor|idp|antivirus|anti-virus|anti-malware|endpoint|edr|xdr|mdm|backups?|logging|log server|siem|syslog|vpn|password manager|secrets? manager|key vault|kms|hsm)\b/i;

export function securitySystemGuess(asset: Pick<Asset, 'name' | 'description'>): boolean {
  return SECURITY_SYSTEM_WORDS.test(`${asset.name}\n${asset.description}`);
}

/** The owner's answer when there is one, else the guess from the asset's words. */
export function isSecuritySystem(asset: Pick<Asset, 'name' | 'description' | 'securitySystem'>): boolean {
  return asset.securitySystem ?? securitySystemGuess(asset);
}
