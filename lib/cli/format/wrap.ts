import wrapAnsi from 'wrap-ansi';

/**
 * Fits the CLI's readable output to the terminal (80 columns when it is not one): each line is wrapped at
 * word boundaries and its continuation lines keep the line's indentation — under the text of a "- " bullet, and
 * under the description of an option or a label ("  --json   print…") — so quotes, rules, explanations and
 * usage stay readable as blocks. Styles (ANSI colours) survive the breaks; a word
 * longer than the width (a URL, a path) is left whole rather than cut.
 * @example wrapToWidth('  - calendar-days: the day of the triggering event is excluded', 30)
 * // '  - calendar-days: the day of\n    the triggering event is\n    excluded'
 */
export function wrapToWidth(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const indent = /^ */.exec(line)?.[0].length ?? 0;
      // A term and its description ("  --json        print…", "Zone:    America/…") hang under the description.
      const column = /^ *(?:- |(?:-{1,2}[\w-]+(?: [A-Z][\w-]*)?|\d{1,3}|[A-Z][\w ]{0,24}:) {2,})/.exec(line)?.[0].length;
      const hanging = column && column < width / 2 ? column : indent;
      const room = Math.max(20, width - hanging);
      if (line.length <= width) return line;
      const [first = '', ...rest] = wrapAnsi(line.slice(indent), Math.max(20, width - indent), { trim: true }).split('\n');
      const continuation = rest.length > 0 ? wrapAnsi(rest.join(' '), room, { trim: true }).split('\n') : [];
      return [' '.repeat(indent) + first, ...continuation.map((part) => ' '.repeat(hanging) + part)].join('\n');
    })
    .join('\n');
}

/** The width to wrap to: the terminal's, else 80 (a pipe, a file, a test). */
export const outputWidth = (columns: number | undefined): number => (columns && columns >= 40 ? columns : 80);
