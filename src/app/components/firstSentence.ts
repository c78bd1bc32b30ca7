/** A long note split for folding: its first sentence shows, the rest waits behind "more". Pure. */
export function splitFirstSentence(text: string): { first: string; rest: string } {
  const m = /^(.+?[.。])\s*(\S[\s\S]*)$/u.exec(text);
  return m ? { first: m[1], rest: m[2] } : { first: text, rest: '' };
}
