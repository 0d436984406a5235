/**
 * One spelling per file URI: the editor may encode a name differently from the scan
 * ("!" as %21, "'" as %27), so every URI from the client is brought to Node's form.
 */
import { fileURLToPath, pathToFileURL } from 'url';

export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).toString();
  } catch {
    return uri;
  }
}
