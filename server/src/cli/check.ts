/**
 * `check`: every diagnostic the editor shows at the default settings, printed as linters print
 * them (`path:line:col: severity: message [code]`, or JSON), from the diagnostics feature itself.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Corpus } from '../analysis/corpus/corpus';
import type { Codebook } from '../analysis/codebook/codebook';
import { DEFAULT_DIAGNOSTICS_SETTINGS, DiagnosticsSettings } from '../languageFeatures/diagnostics';
import { createLanguageService } from '../languageFeatures';
import { offsetAt } from '../languageFeatures/positions';

export interface CheckDiagnostic {
  path: string;
  /**
   * Offsets into the text as the editor holds it (UTF-16 code units, end exclusive): without the
   * file's byte-order mark, so a reader that keeps the BOM (447 of ung20's 1,100 speeches have one)
   * is one character off on every range of those files.
   */
  start: number;
  end: number;
  /** The text under the range, so that a reader can check its own slicing. */
  text: string;
  /** 1-based line and column of the start, as in the text format. */
  line: number;
  character: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
}

const SEVERITY_NAME: Record<number, CheckDiagnostic['severity']> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** The diagnostics of every document of the corpus, in path order then by position. */
export function checkCorpus(corpus: Corpus, codebook?: Codebook, settings: DiagnosticsSettings = DEFAULT_DIAGNOSTICS_SETTINGS): CheckDiagnostic[] {
  const service = createLanguageService({ corpus, codebook: codebook && { codebook } });
  const out: CheckDiagnostic[] = [];
  for (const path of corpus.index.uris()) {
    const doc = corpus.index.get(path)!;
    const src = { owner: doc, text: doc.text };
    const diagnostics: Diagnostic[] = service.provideDiagnostics(path, settings);
    const first = out.length;
    for (const d of diagnostics) {
      const start = offsetAt(src, d.range.start);
      const end = offsetAt(src, d.range.end);
      out.push({
        path,
        start,
        end,
        text: doc.text.slice(start, end),
        line: d.range.start.line + 1,
        character: d.range.start.character + 1,
        severity: SEVERITY_NAME[d.severity ?? DiagnosticSeverity.Information],
        code: String(d.code ?? ''),
        message: typeof d.message === 'string' ? d.message : d.message.value,
      });
    }
    const mine = out.splice(first).sort((x, y) => x.start - y.start || x.end - y.end);
    out.push(...mine);
  }
  return out;
}

/** `path:line:col: severity: message [code]`, one a line. */
export function formatCheckText(diagnostics: readonly CheckDiagnostic[]): string {
  return diagnostics.map((d) => `${d.path}:${d.line}:${d.character}: ${d.severity}: ${d.message.replace(/\r?\n/g, ' ')} [${d.code}]\n`).join('');
}
