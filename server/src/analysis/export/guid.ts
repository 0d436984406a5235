/**
 * RFC 4122 version-4-shaped GUIDs derived from a name, so the same corpus exports to the same
 * project file (reproducible, diffable). The bits come from SHA-256 of a namespace and the name;
 * version (4) and variant (10xx) bits are set as RFC 4122 §4.4 requires.
 */
import { createHash } from 'crypto';

export function deterministicGuid(namespace: string, name: string): string {
  const h = createHash('sha256').update(namespace).update('\0').update(name).digest();
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

export const GUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
