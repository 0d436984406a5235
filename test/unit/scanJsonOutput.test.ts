/** `scan --json` written in chunks (writeScanJson): the bytes of JSON.stringify(scanResult) and a newline, in order, through a slow reader. */
import * as assert from 'assert';
import { Writable } from 'stream';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { scanResult, writeScanJson } from '../../server/src/cli/main';
import { patternRecognizers } from './helpers/taggedMentions';

/** A stream that takes 64 KB at a time and asks the writer to wait (drain) for each. */
function slowSink(): { stream: Writable; bytes: () => Buffer } {
  const parts: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _enc, done) {
      parts.push(Buffer.from(chunk));
      setImmediate(done);
    },
  });
  return { stream, bytes: () => Buffer.concat(parts) };
}

describe('scan --json output in chunks', function () {
  this.timeout(60000);

  it('writes what JSON.stringify writes, over several chunks, a document larger than a chunk and text outside Latin-1', async () => {
    const corpus = new Corpus({ sensitivity: 'balanced' }, patternRecognizers([[/\b(?:Geneva|Kyiv|Brasília|Łódź)\b/gu, 'place'], [/\bUnited Nations\b/g, 'organization']]));
    const line = 'Delegates met in Geneva, then in Kyiv, Brasília and Łódź, where the United Nations said “enough”. ';
    // 3,000 short articles (several 1 MB chunks of output) and one of 30,000 mentions (a document's JSON over a chunk).
    for (let i = 0; i < 3000; i++) corpus.update(`doc${String(i).padStart(4, '0')}.txt`, line.repeat(1 + (i % 4)));
    corpus.update('long.txt', line.repeat(6000));
    const sink = slowSink();
    await writeScanJson(corpus.index, () => [], sink.stream);
    await new Promise<void>((r) => sink.stream.end(r));
    const expected = Buffer.from(`${JSON.stringify(scanResult(corpus.index))}\n`);
    assert.ok(expected.length > 3 * (1 << 20), `${expected.length} bytes`);
    assert.ok(sink.bytes().equals(expected));
  });
});
