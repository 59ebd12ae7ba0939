// The access log in plain words, for the page and the spreadsheet alike: "Jo (friend) viewed
// your crisis plan". Unknown roles or events (from a newer server) still read sensibly. Pure.
import '../i18n/access-log.messages.ts';
import '../i18n/access-log-suggestions.messages.ts';
import { hasMessage, t } from '../i18n/translate.ts';
import type { AccessLogEntryView } from './access-log.schema.ts';

type Person = { relationshipId: string; name: string; role: string };

/** The message for `key` if the catalogue has it, else `fallback`. */
function known(key: string, fallback: string, params: Record<string, string> = {}): string {
  return hasMessage(key) ? t(key, params) : fallback;
}

export function roleWord(role: string): string {
  return known(
    `supporting.role.${role}`,
    known(`accessLog.role.${role}`, role.replaceAll('_', ' ')),
  );
}

export function sectionWord(section: string | null): string {
  if (section === null) return '';
  return known(`section.${section}`, section.replaceAll('_', ' '));
}

export function whatWord(what: string): string {
  return known(`accessLog.what.${what}`, what.replaceAll('_', ' '));
}

/** "Jo (friend)", "You", "Someone with your emergency link". */
export function whoWords(entry: AccessLogEntryView): string {
  const { kind, name, role } = entry.who;
  if (kind === 'you') return t('accessLog.who.you');
  if (kind === 'emergency_link') return t('accessLog.who.emergency_link');
  if (kind === 'app') return t('accessLog.who.app', { name });
  if (entry.who.team) return t('accessLog.who.team', { name, team: entry.who.team });
  return name
    ? t('accessLog.who.someone', { name, role: roleWord(role) })
    : t('accessLog.who.unnamed', { role: roleWord(role) });
}

/** The whole sentence, without the time: "Jo (friend) viewed your crisis plan". */
export function entrySentence(entry: AccessLogEntryView, people: readonly Person[] = []): string {
  const who = whoWords(entry);
  const other = people.find((p) => p.relationshipId === entry.relationshipId);
  const whom = other?.name || t('accessLog.someoneElse');
  const section = sectionWord(entry.section);
  const withSection = ['viewed', 'emergency_link_opened'].includes(entry.what);
  if (withSection && !section) {
    return known(`accessLog.sentence.${entry.what}Record`, who, { who });
  }
  const fallback = t('accessLog.sentence.other', { who, what: whatWord(entry.what) });
  return known(`accessLog.sentence.${entry.what}`, fallback, { who, whom, section });
}
