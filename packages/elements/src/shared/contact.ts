import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatPhone, telHref, safeUrl, vcardPath } from '@goteborgsregionen/data';
import type { Writers } from './lazy.js';
import type { Dataset, Person } from '@goteborgsregionen/data';
import type { Lang } from './i18n.js';
import type { SharedStrings } from './translations/sv.js';
import { heading } from './heading.js';

export interface ContactContext {
  data: Dataset;
  lang: Lang;
  strings: SharedStrings;
  /** Level of each contact's name heading. */
  headingLevel: number;
  /** Link to a published file, or one generated in the browser (see GrElement.fileHref). */
  fileHref: (path: string, generate: (writers: Writers) => string, type: string) => string;
}

/** A piece of the title line; `sv` when it is Swedish text shown on an English page. */
interface TitlePart {
  text: string;
  sv: boolean;
}

function titleParts(person: Person, ctx: ContactContext): TitlePart[] {
  const en = ctx.lang === 'en';
  const parts: TitlePart[] = [];
  const localized = (t: { sv: string; en?: string }): TitlePart =>
    en && t.en ? { text: t.en, sv: false } : { text: t.sv, sv: en };
  if (person.title) parts.push(localized(person.title));
  if (person.department) {
    const dept = ctx.data.organisation.departments.find((d) => d.id === person.department);
    if (dept) parts.push(localized(dept.name));
  }
  if (person.organisation) {
    const m = ctx.data.municipalities.find((x) => x.id === person.organisation);
    const o = ctx.data.organisations.find((x) => x.id === person.organisation);
    const name = m?.officialName ?? o?.name;
    // Organisation names are Swedish proper names.
    if (name) parts.push({ text: name, sv: en });
  }
  return parts.filter((p) => p.text);
}

/** "Avdelningschef, Arbetsmarknad och social välfärd" as text (Swedish pieces marked lang="sv" in English). */
function titleLine(parts: readonly TitlePart[]): TemplateResult {
  return html`${parts.map((p, i) => html`${i > 0 ? ', ' : ''}${p.sv ? html`<span lang="sv">${p.text}</span>` : p.text}`)}`;
}

/**
 * One contact: name as a heading, title and department, the phone as Swedes write it linked as
 * `tel:+46…` with a name that says whom you call, e-mail when sourced, and a vCard link.
 * All data is rendered as text; only tel:, mailto: and http(s) links are produced.
 */
export function renderContact(person: Person, ctx: ContactContext): TemplateResult {
  const s = ctx.strings;
  const title = titleParts(person, ctx);
  const phone = person.phone ? formatPhone(person.phone) : undefined;
  const tel = person.phone ? safeUrl(telHref(person.phone)) : undefined;
  const mail = person.email ? safeUrl(`mailto:${person.email}`) : undefined;
  const vcf = ctx.fileHref(vcardPath(person.id), (w) => w.personToVCard(person.id, ctx.data), 'text/vcard;charset=utf-8');
  return html`<article class="contact" part="contact">
    ${heading(ctx.headingLevel, person.name, 'contact-name')}
    ${title.length > 0 ? html`<p class="contact-title muted" part="contact-title">${titleLine(title)}</p>` : nothing}
    <ul class="contact-ways" role="list">
      ${phone && tel
        ? html`<li>
            <span class="visually-hidden">${s.phoneLabel}: </span
            ><a part="contact-phone" href=${tel} aria-label=${s.call(person.name, phone)}>${phone}</a>
          </li>`
        : nothing}
      ${mail && person.email
        ? html`<li>
            <span class="visually-hidden">${s.emailLabel}: </span
            ><a part="contact-email" href=${mail} aria-label=${s.email(person.name, person.email)}>${person.email}</a>
          </li>`
        : nothing}
      <li class="no-print">
        <a part="contact-vcard" href=${vcf} download="${person.id}.vcf"
          >${s.vcard}<span class="visually-hidden">${s.vcardFor(person.name)}</span> ${s.vcardFormat}</a
        >
      </li>
    </ul>
  </article>`;
}

/** A list of contacts; a sentence when there are none. */
export function renderContacts(people: readonly Person[], ctx: ContactContext): TemplateResult {
  if (people.length === 0) return html`<p class="muted">${ctx.strings.noContacts}</p>`;
  return html`<ul class="contacts" part="contacts" role="list">
    ${people.map((p) => html`<li>${renderContact(p, ctx)}</li>`)}
  </ul>`;
}
