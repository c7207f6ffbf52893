/**
 * Every regular expression of the text analysers (lib/contract, lib/letter), for the backtracking audit:
 * the literals as written (read from the sources' syntax trees), and the ones built with `new RegExp`
 * (from other patterns' sources, widened by flexible(), or from templates) as they are built, captured while
 * the modules load and while they analyse the examples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface AuditedPattern {
  source: string;
  flags: string;
  /** Where it is written or built, "lib/contract/dates.ts:29". */
  at: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
export const AUDITED_DIRS = ['lib/contract', 'lib/letter'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The regular-expression literals of the audited sources. */
export function literalPatterns(): AuditedPattern[] {
  const found: AuditedPattern[] = [];
  for (const file of AUDITED_DIRS.flatMap(sourceFiles)) {
    const text = readFileSync(join(root, file), 'utf8');
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(tree);
        const end = literal.lastIndexOf('/');
        const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
        found.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), at: `${file}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

const OWN_FILE = fileURLToPath(import.meta.url);
const AUDITED_FRAME = /(lib\/(?:contract|letter)\/[^\s:()]+\.ts):(\d+)/;

/**
 * The patterns built with `new RegExp` while `work` runs (importing the modules, analysing examples): the
 * global constructor is wrapped for that time, and a construction counts when its caller is an audited source
 * file, named by that frame. Only the direct caller: a library the modules import builds patterns of its own
 * while it loads, and under vitest (which turns imports into calls) the importing module is on that stack too.
 */
export async function constructedPatterns(work: () => Promise<void>): Promise<AuditedPattern[]> {
  const found: AuditedPattern[] = [];
  const original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = new target(...args);
      const caller = (new Error().stack ?? '').split('\n').find((line) => line.includes(' at ') && !line.includes(OWN_FILE));
      const frame = AUDITED_FRAME.exec(caller ?? '');
      if (frame)
        found.push({ source: made.source, flags: made.flags, at: `${relative(root, join(root, frame[1] as string))}:${frame[2]}` });
      return made;
    },
  });
  try {
    await work();
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}

export const auditedSourceFiles = (): string[] => AUDITED_DIRS.flatMap(sourceFiles);

/** A pattern's identity, as the allowlist and the record know it: `/source/flags`. */
export const keyOf = (pattern: { source: string; flags: string }): string => `/${pattern.source}/${pattern.flags}`;

/**
 * Every distinct pattern of the audited sources (by source and flags; the first place it appears names it):
 * the literals, and the ones built while the modules load and analyse the hosting-suspension example.
 * The audited modules must not be loaded before this runs, or what they build at load time is missed.
 */
export async function auditedPatterns(): Promise<AuditedPattern[]> {
  const built = await constructedPatterns(async () => {
    for (const file of auditedSourceFiles()) await import(new URL(`../${file}`, import.meta.url).href);
    const { analyzeAgreement } = await import('../lib/contract/analyze.ts');
    const { analyzeLetter } = await import('../lib/letter/analyze-letter.ts');
    const read = (name: string) => readFileSync(new URL(`../examples/hosting-suspension/${name}`, import.meta.url), 'utf8');
    analyzeAgreement({ text: read('agreement.txt'), pages: 1, pageStarts: [0], format: 'txt' });
    analyzeLetter({ text: read('letter.txt'), pages: 1, pageStarts: [0], format: 'txt' });
  });
  const unique = new Map<string, AuditedPattern>();
  for (const pattern of [...literalPatterns(), ...built]) if (!unique.has(keyOf(pattern))) unique.set(keyOf(pattern), pattern);
  return [...unique.values()];
}
