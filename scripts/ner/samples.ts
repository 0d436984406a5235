/**
 * Prints the entity types the tagger gives each name in a folder of articles:
 * `tsx scripts/ner/samples.ts [DIR=samples] [--models DIR]` (a quick check on modern news).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { argValue } from './data';

const argv = process.argv.slice(2);
const models = argValue(argv, '--models');
if (models) process.env.DISCOURSE_LENS_MODELS = path.resolve(models);
const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--models') ?? 'samples';

async function main(): Promise<void> {
  const { segment } = await import('../../server/src/analysis/text/structure');
  const { recognizeEntities } = await import('../../server/src/analysis/entities/tagger');
  (await import('../../server/src/node/modelFiles')).installShippedModels();
  const short: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG', group: 'GRP' };
  for (const f of fs.readdirSync(dir).filter((x) => /\.(txt|article)$/.test(x)).sort()) {
    const byName = new Map<string, Map<string, number>>();
    for (const m of recognizeEntities(segment(fs.readFileSync(path.join(dir, f), 'utf8')))) {
      let c = byName.get(m.text);
      if (!c) byName.set(m.text, (c = new Map()));
      c.set(short[m.type], (c.get(short[m.type]) ?? 0) + 1);
    }
    console.log(`## ${f}`);
    console.log([...byName].map(([n, c]) => `${n}:${[...c].map(([t, k]) => `${t}${k}`).join('/')}`).join(' | '));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
