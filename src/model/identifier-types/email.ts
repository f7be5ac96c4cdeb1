import { exactCompare, type IdentifierType } from '../identifier-type.js';
import { asciiHostname, registrableDomain } from './host.js';
import { refang } from './refang.js';

const MAX_EMAIL_LENGTH = 320;
const MAX_LOCAL_LENGTH = 64;
const MAILTO = /^mailto:/i;
const DEFANGED_AT = / ?(?:\[at\]|\(at\)|\[@\]|\(@\)|\[собака\]|\(собака\)) ?| собака /giu;
// Dots only between runs, so «.a@x.kz» and «a..b@x.kz» are rejected; each run is delimited, so no backtracking blow-up.
const EMAIL = /^([a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*)@([^@\s]+)$/;

function cleanEmail(raw: string): string | null {
  if (raw.length > MAX_EMAIL_LENGTH * 2) return null;
  const text = refang(raw.trim().replace(MAILTO, '')).replace(DEFANGED_AT, '@').toLowerCase();
  if (text.length > MAX_EMAIL_LENGTH) return null;
  const match = EMAIL.exec(text);
  const local = match?.[1];
  const host = match?.[2];
  if (local === undefined || host === undefined || local.length > MAX_LOCAL_LENGTH) return null;
  const ascii = asciiHostname(host);
  if (ascii === null || registrableDomain(ascii) === null) return null;
  return `${local}@${ascii}`;
}

export const emailType: IdentifierType = {
  name: 'email',
  label: 'E-mail',
  specificity: 0.8,
  clean: cleanEmail,
  validate: (value) => cleanEmail(value) === value,
  compare: exactCompare,
};
