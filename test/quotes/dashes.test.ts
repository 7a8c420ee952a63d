/**
 * Dialogue dashes (`src/quotes/marks/dashes.ts`): a paragraph that opens with a dash is a turn
 * of speech in Spanish, French and German; its incise is left out and names the speaker.
 */
import { describe, expect, it } from 'vitest';
import { scanParagraphs } from '../../src/quotes/marks/index.ts';
import { quotationsInText } from '../../src/quotes/plain-text.ts';

/** [text, depth] of each quotation of one paragraph. */
function turn(text: string, lang: string) {
  return scanParagraphs([text], lang)[0]!.quotes.map((q) => [text.slice(q.start, q.end), q.depth]);
}

describe('dialogue dashes', () => {
  it.each([
    [
      'es',
      '—Abriremos una sala —dijo Marta—. Será pronto.',
      ['—Abriremos una sala', 'Será pronto.'],
    ],
    ['de', '– Wir bauen neu – sagte er – und zwar bald.', ['– Wir bauen neu', 'und zwar bald.']],
    [
      'fr',
      '— Nous construirons — a-t-il dit — dès demain.',
      ['— Nous construirons', 'dès demain.'],
    ],
    [
      'fr',
      '— Nous construirons, a déclaré la maire. Et vite.',
      ['— Nous construirons', 'Et vite.'],
    ],
    ['es', '—¿Con qué horario? —preguntó Herrera.', ['—¿Con qué horario?']],
    ['es', '—De nueve a nueve, todos los días.', ['—De nueve a nueve, todos los días.']],
    ['fr', '— Alors, tu lui as dit ? demanda-t-elle.', ['— Alors, tu lui as dit ?']],
    ['fr', '— Quelle horreur ! s’écria Julien. Partons.', ['— Quelle horreur !', 'Partons.']],
    // A comma before the person addressed, then the incise: the name is still speech.
    ['es', '—Sí, mamá —respondió la muchacha—. Ya estoy aquí.', ['—Sí, mamá', 'Ya estoy aquí.']],
    ['fr', '— Oui, maman, répondit Paul.', ['— Oui, maman']],
    // A narrator's sentence between dashes after a sentence of speech, the closing dash
    // against its last word; not a new turn in the same paragraph.
    [
      'es',
      '—Siempre hay obras. —Le cogió la maleta—. ¿Has comido algo?',
      ['—Siempre hay obras.', '¿Has comido algo?'],
    ],
    [
      'fr',
      '— Tu viens ? — Oui. — Alors dépêche-toi.',
      ['— Tu viens ? — Oui. — Alors dépêche-toi.'],
    ],
  ])('%s: the speech of a turn, not its incise: %s', (lang, text, pieces) => {
    expect(turn(text, lang)).toEqual(pieces.map((piece) => [piece, 0]));
  });

  it('nests a quotation inside the speech', () => {
    expect(turn('—Ella dijo «nunca» —contó Pedro.', 'es')).toEqual([
      ['—Ella dijo «nunca»', 0],
      ['«nunca»', 1],
    ]);
  });

  it('reads no turn in English, before a number, or where a quotation crosses the incise', () => {
    expect(turn('— We will build — he said.', 'en')).toEqual([]);
    expect(turn('– 5 Prozent mehr als im Vorjahr.', 'de')).toEqual([]);
    expect(turn('—Dijo «ya —le cortó— basta».', 'es')).toEqual([['«ya —le cortó— basta»', 0]]);
  });

  it('gives each turn the speaker its incise names, else the other speaker of the dialogue', () => {
    const text = [
      'Molina respondió en el pleno:',
      '—Abriremos una sala en el centro cívico.',
      '—¿Con qué horario? —preguntó Lucía Herrera.',
      '—De nueve a nueve —contestó el alcalde—. Todos los días.',
      '—¿También en agosto?',
    ].join('\n\n');
    const found = quotationsInText(`El alcalde, Andrés Molina, habló.\n\n${text}`, { lang: 'es' });
    expect(found.quotations.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['—Abriremos una sala en el centro cívico.', 'Andrés Molina'],
      ['—¿Con qué horario?', 'Lucía Herrera'],
      ['—De nueve a nueve', 'Andrés Molina'],
      ['Todos los días.', 'Andrés Molina'],
      ['—¿También en agosto?', 'Lucía Herrera'],
    ]);
  });

  it('reads a narrator’s incise inside quotation marks as a turn’s, and gives both stretches its speaker', () => {
    expect(
      turn('«Llegamos tarde, lo reconozco —admitió Sanjuán—, pero vamos a cumplir».', 'es'),
    ).toEqual([
      ['«Llegamos tarde, lo reconozco', 0],
      ['pero vamos a cumplir»', 0],
    ]);
    expect(turn('« Nous ne céderons pas — a-t-il dit — sur ce point ».', 'fr')).toEqual([
      ['« Nous ne céderons pas', 0],
      ['sur ce point »', 0],
    ]);
    // A dash aside that is no verb of saying stays speech; so does English, which has no incise.
    const aside = '«Es un gran día —y lo digo en serio— para todos», dijo Ana Ruiz.';
    expect(turn(aside, 'es')).toEqual([['«Es un gran día —y lo digo en serio— para todos»', 0]]);
    expect(turn('"We will win — said Ana — this year."', 'en')).toHaveLength(1);
    const text =
      'El jefe de bomberos, Ignacio Berrocal, habló ayer.\n\n«No vamos a dar el incendio por estabilizado —insistió— hasta que llueva.»';
    expect(
      quotationsInText(text, { lang: 'es' }).quotations.map((q) => [q.text, q.speaker?.name]),
    ).toEqual([
      ['«No vamos a dar el incendio por estabilizado', 'Ignacio Berrocal'],
      ['hasta que llueva.»', 'Ignacio Berrocal'],
    ]);
  });
});
