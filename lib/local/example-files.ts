/**
 * Finds the examples to load: each folder under examples/ holding an agreement is one contract; its other
 * documents are the letters. A PDF is preferred to the text it was generated from, as users upload PDFs.
 */
import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';

export interface ExampleDocument {
  kind: 'agreement' | 'letter';
  file: string;
  fileName: string;
  contentType: string;
}

export interface ExampleContract {
  /** The folder name, a valid contract id: 'hosting-suspension'. */
  contractId: string;
  documents: ExampleDocument[];
}

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const PREFERENCE = ['.pdf', '.docx', '.txt'];

/**
 * @example
 * await findExampleContracts('examples')
 * // [{ contractId: 'hosting-suspension', documents: [{ kind: 'agreement', fileName: 'agreement.pdf', … }, { kind: 'letter', … }] }]
 */
export async function findExampleContracts(examplesRoot: string): Promise<ExampleContract[]> {
  const entries = await readdir(examplesRoot, { recursive: true, withFileTypes: true });
  const byFolder = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.isFile() || !(extname(entry.name) in CONTENT_TYPES)) continue;
    const files = byFolder.get(entry.parentPath) ?? [];
    files.push(join(entry.parentPath, entry.name));
    byFolder.set(entry.parentPath, files);
  }
  const contracts: ExampleContract[] = [];
  for (const [folder, files] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    const documents = preferredFormats(files).map(toDocument);
    if (!documents.some((document) => document.kind === 'agreement') || folder === examplesRoot) continue;
    const contractId = relative(examplesRoot, folder)
      .split(/[\\/]/)
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-');
    // Agreements first: a letter is judged against the agreement already stored (order would not change the result).
    documents.sort((a, b) => (a.kind === b.kind ? a.fileName.localeCompare(b.fileName) : a.kind === 'agreement' ? -1 : 1));
    contracts.push({ contractId, documents });
  }
  return contracts;
}

/** One file per document: `letter.pdf` wins over `letter.txt`. */
function preferredFormats(files: string[]): string[] {
  const byStem = new Map<string, string>();
  for (const file of files) {
    const stem = file.slice(0, -extname(file).length);
    const current = byStem.get(stem);
    if (current === undefined || PREFERENCE.indexOf(extname(file)) < PREFERENCE.indexOf(extname(current))) byStem.set(stem, file);
  }
  return [...byStem.values()];
}

function toDocument(file: string): ExampleDocument {
  const fileName = basename(file);
  return {
    kind: /agreement|contract|terms/i.test(fileName) ? 'agreement' : 'letter',
    file,
    fileName,
    contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
  };
}
