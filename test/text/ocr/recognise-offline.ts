// Run with the network blocked (see ocr-offline.test.ts): reads one page image with the tesseract engine.
import { readFileSync } from 'node:fs';
import { createTesseractEngine } from '../../../lib/text/ocr/tesseract-engine.ts';

const blocked = await fetch('https://cdn.jsdelivr.net/').then(
  () => false,
  () => true,
);
const engine = createTesseractEngine();
const started = Date.now();
const page = await engine.recognise({ bytes: new Uint8Array(readFileSync(process.argv[2] ?? '')), page: 1 });
await engine.close();
process.stdout.write(
  `${JSON.stringify({ blocked, meanConfidence: page.meanConfidence, lines: page.lines.length, ms: Date.now() - started })}\n`,
);
