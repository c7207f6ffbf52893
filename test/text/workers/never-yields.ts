// A stand-in for a parser stuck in synchronous work (pdf.js on a 20,000-page file): it never returns to the
// event loop, so only terminating the thread stops it.
let spins = 0;
while (spins >= 0) spins = (spins + 1) % 1_000_000;
