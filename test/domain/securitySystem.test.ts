import { describe, expect, it } from 'vitest';
import { isSecuritySystem, makeAsset, securitySystemGuess } from '../../renderer/src/domain/asset';

const asset = (name: string, extra: Partial<Parameters<typeof makeAsset>[0]> = {}) => makeAsset({ name, type: 'server', ...extra }, new Date('2025-03-04T09:12:00Z'));

describe('cybersecurity systems (ECC 3-1-3)', () => {
  it('are guessed from the asset’s name and description until the owner answers', () => {
    expect(securitySystemGuess(asset('Office firewall'))).toBe(true);
    expect(securitySystemGuess(asset('Microsoft Entra ID'))).toBe(true);
    expect(securitySystemGuess(asset('Nightly backups to B2'))).toBe(true);
    expect(securitySystemGuess(asset('Laptops', { description: 'Managed with MDM and disk encryption' }))).toBe(true);
    expect(securitySystemGuess(asset('Web server cluster'))).toBe(false);
    expect(securitySystemGuess(asset('Endpointless widget'))).toBe(false);
    expect(isSecuritySystem(asset('Office firewall'))).toBe(true);
    expect(isSecuritySystem(asset('Web server cluster'))).toBe(false);
  });

  it('follow the owner’s answer over the guess, either way', () => {
    expect(isSecuritySystem(asset('Office Wi-Fi controller', { securitySystem: true }))).toBe(true);
    expect(isSecuritySystem(asset('Backup of product photos', { securitySystem: false }))).toBe(false);
  });

  it('keep the answer through the schema, and leave it unset when not given', () => {
    expect(asset('Router', { securitySystem: true }).securitySystem).toBe(true);
    expect('securitySystem' in asset('Router')).toBe(false);
  });
});
