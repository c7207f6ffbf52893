/**
 * Text with the cited words marked at their offsets. Offsets are those of the extracted document text; a
 * quoted clause carries its own start, so marks inside it are shifted by it.
 */
export interface Mark {
  start: number;
  end: number;
  label?: string;
}

export function Highlighted({ text, offset = 0, marks }: { text: string; offset?: number; marks: Mark[] }) {
  const inside = marks
    .map((mark) => ({ ...mark, start: Math.max(0, mark.start - offset), end: Math.min(text.length, mark.end - offset) }))
    .filter((mark) => mark.end > mark.start)
    .sort((a, b) => a.start - b.start);
  const pieces = [];
  let at = 0;
  for (const mark of inside) {
    if (mark.start < at) continue; // overlapping marks: the first wins
    if (mark.start > at) pieces.push(text.slice(at, mark.start));
    pieces.push(
      <mark key={mark.start} title={mark.label}>
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  pieces.push(text.slice(at));
  return <>{pieces}</>;
}
