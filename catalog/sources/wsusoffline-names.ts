/**
 * What wsusoffline's names say: the list name gives product, platform and
 * language; a file name may carry a KB, a culture, an architecture and (on
 * windowsupdate.com) the file's SHA-1.
 */
import { NEUTRAL } from '../../protocol/index.js';

/** Microsoft's three-letter language codes, as wsusoffline uses them, to BCP 47 ("glb" = language-neutral). */
export const WSUS_LANGUAGES: Readonly<Record<string, string>> = Object.freeze({
  enu: 'en-US', deu: 'de-DE', fra: 'fr-FR', jpn: 'ja-JP', chs: 'zh-CN',
  cht: 'zh-TW', kor: 'ko-KR', ita: 'it-IT', esn: 'es-ES', rus: 'ru-RU',
  ptb: 'pt-BR', ptg: 'pt-PT', nld: 'nl-NL', sve: 'sv-SE', nor: 'nb-NO',
  fin: 'fi-FI', dan: 'da-DK', plk: 'pl-PL', hun: 'hu-HU', csy: 'cs-CZ',
  ell: 'el-GR', trk: 'tr-TR', heb: 'he-IL', ara: 'ar-SA', glb: NEUTRAL,
});

/**
 * Codes seen in file names only: Microsoft names some English files "ENG"
 * (WindowsXP-KB968930-x86-ENG.exe sits in the enu lists).
 */
const FILE_NAME_CODES: Readonly<Record<string, string>> = { ...WSUS_LANGUAGES, eng: 'en-US' };

/** Language subtags of the table, plus Microsoft's "no" for Norwegian Bokmål. */
const LANGUAGE_SUBTAGS = new Set([...Object.values(WSUS_LANGUAGES).filter((c) => c !== NEUTRAL).map((c) => c.split('-')[0]), 'no']);

/**
 * A bare language subtag (the .NET language packs: dotnetfx35langpack_x64de)
 * -> the table's culture for it, derived from the table so the two never
 * disagree. pt and zh name two cultures each and are left out.
 */
const CULTURE_OF_LANGUAGE: ReadonlyMap<string, string> = (() => {
  const byLanguage = new Map<string, string[]>();
  for (const culture of Object.values(WSUS_LANGUAGES)) {
    if (culture === NEUTRAL) continue;
    const language = culture.split('-')[0];
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), culture]);
  }
  const unique = new Map([...byLanguage].filter(([, cultures]) => cultures.length === 1).map(([language, [culture]]) => [language, culture]));
  unique.set('no', WSUS_LANGUAGES.nor);
  return unique;
})();

/**
 * Chinese by script rather than region: Microsoft's legacy names (zh-CHS,
 * zh-CHT: dotnetfx35langpack_x64zh-CHS.exe) and the BCP 47 scripts the .NET
 * 4 language packs use (dotNetFx40LP_Full_x86_x64zh-Hans.exe). Simplified is
 * read as zh-CN and Traditional as zh-TW, the cultures wsusoffline's chs and
 * cht lists stand for.
 */
const CHINESE_SCRIPTS: Readonly<Record<string, string>> = {
  chs: WSUS_LANGUAGES.chs, hans: WSUS_LANGUAGES.chs,
  cht: WSUS_LANGUAGES.cht, hant: WSUS_LANGUAGES.cht,
};

const ARCHITECTURE = /^x(?:86|64)$/i;

/**
 * The lists of wsusoffline's static/ folder that name tools it downloads for
 * itself, not updates an endpoint installs, with what each one is: skipped
 * and reported by the import. Matched on the whole middle of the list name.
 */
const TOOL_LISTS: Readonly<Record<string, string>> = {
  aria2: 'the aria2 download tool wsusoffline runs',
  mkisofs: 'the mkisofs ISO image tool wsusoffline runs',
  sysinternals: 'Sysinternals tools wsusoffline runs (AutoLogon, Sigcheck, Streams)',
  this: "wsusoffline's own release archive",
  recent: "wsusoffline's newest release archive",
  wsus: "the Windows Update Agent installers and the wsusscn2.cab scan catalog wsusoffline's client uses to find missing updates",
};

/** The marker of the "five language" variant of a glb list (wsusoffline's ActivateFiveLanguageServicePacks swaps it in). */
const FIVE_LANGUAGE_VARIANT = '5lg';

export type ListName = UpdateList | SkippedList;

/** A list of updates. */
export interface UpdateList {
  kind: 'updates';
  /** The list's file name. */
  name: string;
  /** Middle part of the list name without its language code, e.g. "ie9-w61-x64", "o2k10", "dotnet", "w60-x64" (of -5lg). */
  product: string;
  /** x86 / x64 when the list name has one, else ''. */
  platform: string;
  /**
   * BCP 47 culture of the list's language code (deu -> de-DE): the
   * culture of every line, whatever the file is called. Undefined for glb,
   * -5lg and lists without a code: each line's culture is then the one its
   * file name says, neutral when it says none.
   */
  language?: string;
}

/** A list the import leaves out, and why. */
export interface SkippedList {
  kind: 'skipped';
  name: string;
  reason: string;
}

/**
 * Reads a list name: StaticDownloadLink[s]-<product>[-<language code>].txt,
 * e.g. StaticDownloadLinks-ie9-w61-x64-deu.txt, -w60-x64-5lg.txt,
 * -dotnet.txt. wsusoffline's tool lists and names that are not list names
 * at all are skipped, with the reason.
 */
export function readListName(name: string): ListName {
  const m = /^StaticDownloadLinks?-(.+)\.txt$/i.exec(name);
  if (!m) return { kind: 'skipped', name, reason: 'not a wsusoffline static download list name (StaticDownloadLink[s]-<name>.txt)' };
  const middle = m[1];
  const key = middle.toLowerCase();
  if (Object.hasOwn(TOOL_LISTS, key)) return { kind: 'skipped', name, reason: `a wsusoffline tool list, not updates: ${TOOL_LISTS[key]}` };
  const parts = middle.split('-');
  const last = parts.length > 1 ? parts[parts.length - 1].toLowerCase() : '';
  const coded = Object.hasOwn(WSUS_LANGUAGES, last) || last === FIVE_LANGUAGE_VARIANT;
  const product = coded ? parts.slice(0, -1).join('-') : middle;
  const language = Object.hasOwn(WSUS_LANGUAGES, last) && WSUS_LANGUAGES[last] !== NEUTRAL ? WSUS_LANGUAGES[last] : undefined;
  const platform = product.split('-').find((part) => ARCHITECTURE.test(part))?.toLowerCase() ?? '';
  return { kind: 'updates', name, product, platform, language };
}

export interface FileFacts {
  /** "KB<n>", or '' when the name has none. */
  kb: string;
  /** Culture the name carries, if any. */
  language?: string;
  /** x86 / x64 when the name has one, else ''. */
  platform: string;
  /** The name without extension, SHA-1 suffix, language or culture: IE9-Windows7-x64, MSEInstall-x64. */
  stem: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Reads what a downloaded file's name says. */
export function readFileName(fileName: string): FileFacts {
  const kb = /kb(\d+)/i.exec(fileName);
  const bare = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/_[0-9a-f]{40}$/i, '');
  const tokens = tokenize(bare);
  const culture = findCulture(tokens);
  let stem = bare;
  if (culture) {
    let cut = tokens[culture.from].start;
    if (cut > 0 && /[-_.]/.test(bare[cut - 1])) cut--;
    stem = bare.slice(0, cut) + bare.slice(tokens[culture.to].end);
  }
  return {
    kb: kb ? `KB${kb[1]}` : '',
    language: culture?.language,
    platform: tokens.find((t) => ARCHITECTURE.test(t.text))?.text.toLowerCase() ?? '',
    stem: stem || bare,
  };
}

/** SHA-1 that windowsupdate.com embeds in its file names ("..._<40 hex>.msu"), lowercase; undefined elsewhere. */
export function embeddedSha1(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  if (host !== 'windowsupdate.com' && !host.endsWith('.windowsupdate.com')) return undefined;
  const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  return /_([0-9a-f]{40})\.[^.]+$/i.exec(name)?.[1].toLowerCase();
}

/** Splits at - _ . and parts an architecture from a language glued to it (x64de -> x64, de). */
function tokenize(name: string): Token[] {
  const tokens: Token[] = [];
  for (const m of name.matchAll(/[^-_.]+/g)) {
    const start = m.index ?? 0;
    const glued = /^(x(?:86|64))([a-z]{2})$/i.exec(m[0]);
    if (glued) {
      tokens.push({ text: glued[1], start, end: start + 3 }, { text: glued[2], start: start + 3, end: start + 5 });
    } else {
      tokens.push({ text: m[0], start, end: start + m[0].length });
    }
  }
  return tokens;
}

/**
 * The culture a name carries, searched from the end (the language part
 * comes last, except in windows-de-de-kb2564958): a culture pair (de-de,
 * zh-CHS, pt-BR), a three-letter code (deu, CSY), or a bare language right
 * after the architecture (x64de).
 */
function findCulture(tokens: Token[]): { language: string; from: number; to: number } | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const text = tokens[i].text.toLowerCase();
    const previous = i > 0 ? tokens[i - 1].text.toLowerCase() : undefined;
    const pair = previous === undefined ? undefined : culturePair(previous, text);
    if (pair) return { language: pair, from: i - 1, to: i };
    if (Object.hasOwn(FILE_NAME_CODES, text)) return { language: FILE_NAME_CODES[text], from: i, to: i };
    if (previous !== undefined && ARCHITECTURE.test(previous) && CULTURE_OF_LANGUAGE.has(text)) {
      return { language: CULTURE_OF_LANGUAGE.get(text)!, from: i, to: i };
    }
  }
  return undefined;
}

/** "de" + "de" -> "de-DE", "zh" + "chs" -> "zh-CN", "no" + "no" -> "nb-NO"; undefined when not a culture. */
function culturePair(language: string, region: string): string | undefined {
  if (!LANGUAGE_SUBTAGS.has(language)) return undefined;
  if (language === 'zh' && Object.hasOwn(CHINESE_SCRIPTS, region)) return CHINESE_SCRIPTS[region];
  if (!/^[a-z]{2}$/.test(region)) return undefined;
  return `${language === 'no' ? 'nb' : language}-${region.toUpperCase()}`;
}
