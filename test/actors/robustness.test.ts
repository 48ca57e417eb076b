import { test } from 'vitest';
import { actorsOf } from './helpers.js';
test('random token soup: no exception, spans slice to the text, unique ids', () => {
  const pieces = ['M.', 'Mme', 'Le', 'la', 'de', 'd’', "l'", 'Jean', 'Paris', 'ONU', '(', ')', ',', '.', '«', '»', 'ministre', 'du', 'Kremlin', 'ÉTAT', 'Al-', 'al-Assad', 'J.', 'D.', '—', ':', 'groupe', 'X', 'Le Pen', 'à', 'Dupont', 'Marie-', '-', '’', 'selon', 'a déclaré', '', ' ', '\n', '## ', 'et'];
  let seed = 1;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let n = 0; n < 1500; n++) {
    const len = Math.floor(rand() * 25);
    const text = Array.from({ length: len }, () => pieces[Math.floor(rand() * pieces.length)]).join(rand() < 0.8 ? ' ' : '');
    try {
      const { actors } = actorsOf(text);
      for (const a of actors) for (const m of a.mentions) if (text.slice(m.span.start.offset, m.span.end.offset) !== m.text) throw new Error(`span mismatch ${JSON.stringify(m.text)}`);
      const ids = actors.map((a) => a.id); if (new Set(ids).size !== ids.length) throw new Error('dup id');
    } catch (e) { throw new Error(`${JSON.stringify(text)}: ${String(e)}`); }
  }
});
