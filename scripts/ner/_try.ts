import { segment } from '../../server/src/analysis/text/structure';
import { recognizeEntities } from '../../server/src/analysis/entities/tagger';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t.slice(0, 40)), '→', recognizeEntities(segment(t)).map((m) => `${m.text}:${m.type}`).join(' | '));
