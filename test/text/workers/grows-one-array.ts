// A stand-in for a parser that grows one array until the heap runs out: the allocation shape that makes V8
// abort a whole process when the limit is a worker thread's (nodejs/node#47224).
const grown: number[] = [];
while (grown.length >= 0) grown.push(grown.length);
