import { NerEngine } from '../../server/src/analysis/entities/tagger';
import { readConll } from './data';
import { report, scoreConll } from './score';
const e = NerEngine.load(process.argv[2] ?? 'server/models');
console.log(report(scoreConll(e, readConll('/work/shared/corpora/conll2003/valid.txt')), 'valid'));
