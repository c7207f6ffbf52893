// A stand-in for a parser whose memory is buffers, not heap (pdf.js decoding page images, zlib's output):
// the heap flag never stops it, so only the watch on the whole process's resident memory can.
const MB = 1024 * 1024;
// Past any limit a test sets, and small enough that a broken watch cannot take the machine's memory.
const ENOUGH = 768 * MB;
const kept: Buffer[] = [];
// Filled, so that every page is resident; a timer, so the process stays alive between allocations.
setInterval(() => {
  if (kept.length * 16 * MB < ENOUGH) kept.push(Buffer.alloc(16 * MB, 1));
}, 5);
