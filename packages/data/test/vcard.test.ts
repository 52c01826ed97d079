import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataset, personToVCard } from '../src/index.js';
import { unfold } from '../src/lines.js';
import { fixture, shared as ds } from './fixtures.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

test('vCard 4.0 for a GR employee', () => {
  const card = personToVCard('lena-holmlund', ds);
  assert.ok(card.endsWith('\r\n'));
  assert.deepEqual(unfold(card), [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'PRODID:-//Göteborgsregionen//@goteborgsregionen/data//SV',
    'KIND:individual',
    'FN:Lena Holmlund',
    'N:Holmlund;Lena;;;',
    'TITLE:Avdelningschef',
    'ORG:Göteborgsregionen;Arbetsmarknad och social välfärd',
    'TEL;TYPE=work,voice;VALUE=uri:tel:+46313355188',
    'REV:20261124T000000Z',
    'END:VCARD',
  ]);
});

test('EMAIL only when stated; nothing invented', () => {
  const withMail = unfold(personToVCard('ulrica-furby', ds));
  assert.ok(withMail.includes('EMAIL;TYPE=work:ulrica.furby@example.se'));
  const without = unfold(personToVCard('linda-karlsson', ds));
  assert.ok(!without.some((l) => l.startsWith('EMAIL') || l.startsWith('URL') || l.startsWith('SOURCE') || l.startsWith('TITLE')));
  const noPhone = unfold(personToVCard('thorbjorn-carlsson', ds));
  assert.ok(!noPhone.some((l) => l.startsWith('TEL')));
});

test('ORG is the municipality for people who work there', () => {
  assert.ok(unfold(personToVCard('helena-balte', ds)).includes('ORG:Alingsås kommun'));
});

test('no ORG where the record states no organisation (no default Göteborgsregionen)', () => {
  const lines = unfold(personToVCard('thorbjorn-carlsson', ds));
  assert.ok(!lines.some((l) => l.startsWith('ORG')), lines.join('\n'));
  const bundled = dataset.people.filter((p) => unfold(personToVCard(p.id)).some((l) => l.startsWith('ORG')));
  assert.deepEqual(bundled.map((p) => p.id).sort(), dataset.people.filter((p) => p.organisation || p.department).map((p) => p.id).sort());
});

test('family names of several words are kept whole; no N is guessed', () => {
  const d = fixture();
  d.people.push(
    { id: 'annika-aberg-darell', name: 'Annika Åberg Darell', givenName: 'Annika', familyName: 'Åberg Darell', sources: d.people[0]!.sources },
    { id: 'anna-maria-lind-berg', name: 'Anna Maria Lind Berg', sources: d.people[0]!.sources },
  );
  assert.ok(unfold(personToVCard('annika-aberg-darell', d)).includes('N:Åberg Darell;Annika;;;'));
  assert.ok(!unfold(personToVCard('anna-maria-lind-berg', d)).some((l) => l.startsWith('N:')));
  assert.ok(unfold(personToVCard('annika-aberg-darell')).includes('N:Åberg Darell;Annika;;;'), 'the bundled record');
});

test('escaping and folding', () => {
  const d = fixture();
  const p = d.people[0];
  assert.ok(p);
  p.name = 'Anna, Maria; Svensson\\Öberg';
  p.givenName = 'Anna, Maria;';
  p.familyName = 'Svensson\\Öberg';
  p.title = { sv: 'Samordnare för ' + 'ö'.repeat(60) };
  const card = personToVCard(p.id, d);
  const lines = unfold(card);
  assert.ok(lines.includes('FN:Anna\\, Maria\\; Svensson\\\\Öberg'));
  assert.ok(lines.includes('N:Svensson\\\\Öberg;Anna\\, Maria\\;;;;'));
  for (const line of card.slice(0, -2).split('\r\n')) {
    const bytes = new TextEncoder().encode(line);
    assert.ok(bytes.length <= 75);
    strictUtf8.decode(bytes);
  }
});

test('unknown person: RangeError', () => {
  assert.throws(() => personToVCard('nobody', ds), RangeError);
});

test('every person in the bundled dataset', () => {
  for (const person of dataset.people) {
    const lines = unfold(personToVCard(person.id));
    assert.ok(lines.includes(`FN:${person.name.replace(/[\\;,]/g, (c) => `\\${c}`)}`));
  }
});
