// A stand-in for a parser that builds objects until the heap runs out (mammoth on 100 MB of dense XML).
const kept: string[][] = [];
while (kept.length >= 0) kept.push(Array.from({ length: 10_000 }, (_, i) => `node ${i} of ${kept.length}`));
