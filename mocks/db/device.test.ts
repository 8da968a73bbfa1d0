import { describe, expect, it } from 'vitest';
import { describeDevice, locateAddress } from './device';

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const linuxChrome =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const ipad =
  'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

describe('describeDevice', () => {
  it('names the browser, the system and the kind of device', () => {
    expect(describeDevice(iphone)).toEqual({ browser: 'Safari', os: 'iOS', kind: 'phone' });
    expect(describeDevice(linuxChrome)).toEqual({
      browser: 'Chrome',
      os: 'Linux',
      kind: 'desktop',
    });
    expect(describeDevice(ipad).kind).toBe('tablet');
  });

  it('says nothing it does not know', () => {
    expect(describeDevice('')).toEqual({ browser: null, os: null, kind: 'desktop' });
  });
});

describe('locateAddress', () => {
  it('places documentation addresses from its table, and nothing else', () => {
    expect(locateAddress('198.51.100.7')).toBe('Osaka, Japan');
    expect(locateAddress('2001:db8::5')).toBe('Berlin, Germany');
    expect(locateAddress('8.8.8.8')).toBeNull();
    expect(locateAddress(null)).toBeNull();
  });
});
