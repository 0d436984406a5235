/** Runs the command line in-process (no worker threads), capturing stdout and stderr. */
import { Writable } from 'stream';
import { runCli } from '../../../server/src/cli/main';

export class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

export async function runCliCaptured(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new Capture();
  const err = new Capture();
  const code = await runCli([...args, '--jobs', '0'], out, err);
  return { code, stdout: out.text, stderr: err.text };
}
