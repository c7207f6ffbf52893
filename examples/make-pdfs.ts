// Writes a PDF beside every examples/**/*.txt, so each example ships as text and as PDF.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textToPdf } from './text-to-pdf.ts';

const examplesDir = dirname(fileURLToPath(import.meta.url));

/** A readable title from a file name: "late-non-renewal-letter.txt" → "Late Non Renewal Letter". */
const titleOf = (file: string): string =>
  basename(file, '.txt')
    .split(/[-_]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

async function main(): Promise<void> {
  const entries = await readdir(examplesDir, { recursive: true, withFileTypes: true });
  const texts = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of texts) {
    const pdf = await textToPdf(await readFile(file, 'utf8'), { title: titleOf(file) });
    const target = file.replace(/\.txt$/, '.pdf');
    await writeFile(target, pdf);
    console.log(`${relative(examplesDir, target)} (${pdf.byteLength} bytes)`);
  }
  console.log(`${texts.length} PDF${texts.length === 1 ? '' : 's'} written.`);
}

await main();
