/**
 * The product families of the sample catalog: who ships what, on which
 * platforms, in which installer kinds, under which file names and URLs, and
 * how each family numbers its releases. Data and naming only; the choices
 * (which release, how many files, supersedence) are made in generate.ts.
 */

export type Platform = 'x64' | 'x86' | 'arm64';
export type HashAlgorithm = 'sha1' | 'sha256' | 'sha512';

/** The generator's random source, as families see it. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
}

export interface ProductSpec {
  name: string;
  /** Short name used in file names. */
  slug: string;
  /** Most common first: a bulletin that covers p platforms covers the first p. */
  platforms: Platform[];
}

/** One release of a family: its bulletin id and title, and the version of each product in it. */
export interface Release {
  id: string;
  title: string;
  version: string;
  /** Per product slug, when products of one release carry different versions (Java 8 and 17). */
  productVersions?: Record<string, string>;
}

export interface ReleaseContext {
  random: Random;
  date: Date;
  /** Next number in a yearly series shared across families (MS24-001, APSB24-07). */
  nextInYear(series: string, year: number): number;
}

export interface FileContext {
  release: Release;
  date: Date;
  kb: string;
  product: ProductSpec;
  platform: Platform;
  language: string;
  variant: string;
  hash: string;
}

export interface FileNames {
  fileName: string;
  url: string;
  commandLine: string;
}

export interface Family {
  key: string;
  vendor: string;
  /** Relative share of the catalog's bulletins. */
  weight: number;
  /** One file per language per platform, else language-neutral files only. */
  localized: boolean;
  products: ProductSpec[];
  /** Installer kinds shipped for each platform (and language). */
  variants: string[];
  /** Microsoft families number their updates KB...; third-party ones get catalog ids (QFF..., QGC...). */
  kbPrefix: string;
  hashAlgorithm: HashAlgorithm;
  sizeBytes: [number, number];
  restartProbability: number;
  /** A fresh release line for one generator run (the version state lives in the closure). */
  releases(): (ctx: ReleaseContext) => Release;
  file(ctx: FileContext): FileNames;
  updateType(severity: string, random: Random): string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUIET = '/quiet /norestart';

const yy = (date: Date) => String(date.getUTCFullYear() % 100).padStart(2, '0');
const yyyy = (date: Date) => String(date.getUTCFullYear());
const mm = (date: Date) => String(date.getUTCMonth() + 1).padStart(2, '0');
const monthTitle = (date: Date) => `${MONTHS[date.getUTCMonth()]} ${yyyy(date)}`;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random.next() * items.length)];
const securityOr = (other: string) => (severity: string) => (severity === 'Low' ? other : 'Security Update');

/** Microsoft's bulletins share one yearly series, MS24-001 onwards, whatever the product. */
function microsoftReleases(titleFor: string) {
  return () => (ctx: ReleaseContext): Release => {
    const id = `MS${yy(ctx.date)}-${pad(ctx.nextInYear('MS', ctx.date.getUTCFullYear()), 3)}`;
    return { id, title: `${monthTitle(ctx.date)} Security Updates for ${titleFor}`, version: id };
  };
}

const windows: Family = {
  key: 'windows', vendor: 'Microsoft', weight: 18, localized: false,
  products: [
    { name: 'Windows 10 Version 1809', slug: 'windows10.0', platforms: ['x64', 'x86', 'arm64'] },
    { name: 'Windows 10 Version 21H2', slug: 'windows10.0', platforms: ['x64', 'x86', 'arm64'] },
    { name: 'Windows 10 Version 22H2', slug: 'windows10.0', platforms: ['x64', 'x86', 'arm64'] },
    { name: 'Windows 11 Version 22H2', slug: 'windows11.0', platforms: ['x64', 'arm64'] },
    { name: 'Windows 11 Version 23H2', slug: 'windows11.0', platforms: ['x64', 'arm64'] },
    { name: 'Windows Server 2019', slug: 'windows10.0', platforms: ['x64'] },
    { name: 'Windows Server 2022', slug: 'windows10.0', platforms: ['x64'] },
  ],
  variants: ['msu'], kbPrefix: 'KB', hashAlgorithm: 'sha1', sizeBytes: [250e6, 950e6], restartProbability: 1,
  releases: microsoftReleases('Windows'),
  // windowsupdate.com names carry the file's SHA-1, as the wsusoffline lists show.
  file: (f) => {
    const fileName = `${f.product.slug}-${f.kb.toLowerCase()}-${f.platform}_${f.hash}.msu`;
    return { fileName, url: `https://download.microsoft.example/c/msdownload/update/software/secu/${yyyy(f.date)}/${mm(f.date)}/${fileName}`, commandLine: QUIET };
  },
  updateType: (_severity, random) => pick(random, ['Cumulative Update', 'Security Update', 'Monthly Rollup']),
};

const dotnet: Family = {
  key: 'dotnet', vendor: 'Microsoft', weight: 6, localized: false,
  products: [
    { name: '.NET Framework 4.8 for Windows 10 Version 22H2', slug: 'ndp48', platforms: ['x64', 'x86', 'arm64'] },
    { name: '.NET Framework 4.8.1 for Windows 11 Version 23H2', slug: 'ndp481', platforms: ['x64', 'arm64'] },
    { name: '.NET Framework 3.5 and 4.8 for Windows Server 2019', slug: 'ndp48', platforms: ['x64'] },
    { name: '.NET Framework 3.5 and 4.8.1 for Windows Server 2022', slug: 'ndp481', platforms: ['x64'] },
  ],
  variants: ['msu'], kbPrefix: 'KB', hashAlgorithm: 'sha1', sizeBytes: [40e6, 95e6], restartProbability: 0.6,
  releases: microsoftReleases('.NET Framework'),
  file: (f) => {
    const fileName = `windows10.0-${f.kb.toLowerCase()}-${f.platform}-${f.product.slug}_${f.hash}.msu`;
    return { fileName, url: `https://download.microsoft.example/c/msdownload/update/software/secu/${yyyy(f.date)}/${mm(f.date)}/${fileName}`, commandLine: QUIET };
  },
  updateType: securityOr('Update Rollup'),
};

const office: Family = {
  key: 'office', vendor: 'Microsoft', weight: 10, localized: true,
  products: [
    { name: 'Microsoft Office 2016', slug: 'mso2016', platforms: ['x64', 'x86'] },
    { name: 'Microsoft Word 2016', slug: 'word2016', platforms: ['x64', 'x86'] },
    { name: 'Microsoft Excel 2016', slug: 'excel2016', platforms: ['x64', 'x86'] },
    { name: 'Microsoft Outlook 2016', slug: 'outlook2016', platforms: ['x64', 'x86'] },
    { name: 'Microsoft PowerPoint 2016', slug: 'powerpoint2016', platforms: ['x64', 'x86'] },
  ],
  variants: ['exe'], kbPrefix: 'KB', hashAlgorithm: 'sha256', sizeBytes: [5e6, 120e6], restartProbability: 0.1,
  releases: microsoftReleases('Microsoft Office'),
  file: (f) => {
    const fileName = `${f.product.slug}-${f.kb.toLowerCase()}-fullfile-${f.platform}-${f.language.toLowerCase()}.exe`;
    return { fileName, url: `https://download.microsoft.example/download/office/${yyyy(f.date)}/${mm(f.date)}/${fileName}`, commandLine: QUIET };
  },
  updateType: securityOr('Update'),
};

const MOZILLA_DIRS: Record<Platform, string> = { x64: 'win64', x86: 'win32', arm64: 'win64-aarch64' };

const firefox: Family = {
  key: 'firefox', vendor: 'Mozilla', weight: 10, localized: true,
  products: [{ name: 'Mozilla Firefox', slug: 'firefox', platforms: ['x64', 'x86', 'arm64'] }],
  variants: ['exe'], kbPrefix: 'QFF', hashAlgorithm: 'sha512', sizeBytes: [50e6, 65e6], restartProbability: 0,
  releases: () => {
    let major = 64;
    let patch = 0;
    return ({ random }) => {
      if (random.next() < 0.45) [major, patch] = [major + 1, 0];
      else patch++;
      const version = patch ? `${major}.0.${patch}` : `${major}.0`;
      return { id: `FIREFOX-${version}`, title: `Mozilla Firefox ${version}`, version };
    };
  },
  file: (f) => {
    const dir = MOZILLA_DIRS[f.platform];
    const fileName = `Firefox-Setup-${f.release.version}-${dir}-${f.language}.exe`;
    return { fileName, url: `https://download.mozilla.example/pub/firefox/releases/${f.release.version}/${dir}/${f.language}/${fileName}`, commandLine: '/S /PreventRebootRequired=true' };
  },
  updateType: securityOr('Non-Security Update'),
};

const CHROME_SUFFIX: Record<Platform, string> = { x64: '64', x86: '', arm64: '_arm64' };

const chrome: Family = {
  key: 'chrome', vendor: 'Google', weight: 10, localized: false,
  products: [{ name: 'Google Chrome', slug: 'chrome', platforms: ['x64', 'x86', 'arm64'] }],
  variants: ['msi', 'exe'], kbPrefix: 'QGC', hashAlgorithm: 'sha256', sizeBytes: [95e6, 130e6], restartProbability: 0,
  releases: () => {
    let [major, build, patch] = [71, 3578, 98];
    return ({ random }) => {
      if (random.next() < 0.3) [major, build, patch] = [major + 1, build + random.int(50, 150), random.int(40, 120)];
      else patch += random.int(1, 60);
      const version = `${major}.0.${build}.${patch}`;
      return { id: `CHROME-${version}`, title: `Google Chrome ${version}`, version };
    };
  },
  file: (f) => {
    const s = CHROME_SUFFIX[f.platform];
    const fileName = f.variant === 'msi'
      ? `googlechromestandaloneenterprise${s}-${f.release.version}.msi`
      : `ChromeStandaloneSetup${s}-${f.release.version}.exe`;
    return { fileName, url: `https://download.google.example/chrome/install/${f.release.version}/${fileName}`, commandLine: f.variant === 'msi' ? QUIET : '/silent /install' };
  },
  updateType: securityOr('Non-Security Update'),
};

const adobe: Family = {
  key: 'adobe', vendor: 'Adobe', weight: 7, localized: true,
  products: [
    { name: 'Adobe Acrobat Reader DC', slug: 'AcroRdrDC', platforms: ['x64', 'x86'] },
    { name: 'Adobe Acrobat DC', slug: 'AcrobatDC', platforms: ['x64', 'x86'] },
  ],
  variants: ['exe'], kbPrefix: 'QAR', hashAlgorithm: 'sha256', sizeBytes: [150e6, 600e6], restartProbability: 0.2,
  releases: () => {
    let [year, track, build] = [0, 0, 20000];
    return (ctx) => {
      const y = ctx.date.getUTCFullYear() % 100;
      if (y !== year) [year, track, build] = [y, 1, 20000 + ctx.random.int(0, 99)];
      else if (ctx.random.next() < 0.5) [track, build] = [track + 1, 20000 + ctx.random.int(0, 99)];
      else build += ctx.random.int(10, 400);
      const version = `${year}.${pad(track, 3)}.${build}`;
      const id = `APSB${yy(ctx.date)}-${pad(ctx.nextInYear('APSB', ctx.date.getUTCFullYear()), 2)}`;
      return { id, title: `Security update available for Adobe Acrobat and Reader | ${id}`, version };
    };
  },
  file: (f) => {
    const compact = f.release.version.replace(/\./g, '');
    const arch = f.platform === 'x64' ? 'x64' : '';
    const culture = f.language.replace('-', '_');
    const reader = f.product.slug === 'AcroRdrDC';
    const fileName = reader ? `AcroRdrDC${arch}${compact}_${culture}.exe` : `AcrobatDC${arch}Upd${compact}_${culture}.msp`;
    return { fileName, url: `https://download.adobe.example/pub/adobe/acrobat/win/AcrobatDC/${compact}/${fileName}`, commandLine: reader ? '/sAll /rs /msi EULA_ACCEPT=YES' : QUIET };
  },
  updateType: securityOr('Non-Security Update'),
};

const SEVENZIP_SUFFIX: Record<Platform, string> = { x64: '-x64', x86: '', arm64: '-arm64' };

const sevenZip: Family = {
  key: '7zip', vendor: 'Igor Pavlov', weight: 6, localized: false,
  products: [{ name: '7-Zip', slug: '7z', platforms: ['x64', 'x86', 'arm64'] }],
  variants: ['exe', 'msi'], kbPrefix: 'Q7Z', hashAlgorithm: 'sha256', sizeBytes: [1.2e6, 2.1e6], restartProbability: 0,
  releases: () => {
    let [major, minor] = [19, -1];
    return ({ random }) => {
      if (minor >= 0 && random.next() < 0.3) [major, minor] = [major + 1, 0];
      else minor++;
      const version = `${major}.${pad(minor, 2)}`;
      return { id: `7ZIP-${version}`, title: `7-Zip ${version}`, version };
    };
  },
  file: (f) => {
    const fileName = `7z${f.release.version.replace('.', '')}${SEVENZIP_SUFFIX[f.platform]}.${f.variant}`;
    return { fileName, url: `https://download.7-zip.example/a/${f.release.version}/${fileName}`, commandLine: f.variant === 'msi' ? QUIET : '/S' };
  },
  updateType: securityOr('Non-Security Update'),
};

const NPP_SUFFIX: Record<Platform, string> = { x64: '.x64', x86: '', arm64: '.arm64' };

const notepadPlusPlus: Family = {
  key: 'npp', vendor: 'Notepad++', weight: 6, localized: false,
  products: [{ name: 'Notepad++', slug: 'npp', platforms: ['x64', 'x86', 'arm64'] }],
  // The project ships the .exe; the .msi is the enterprise repackage that patch catalogs also carry.
  variants: ['exe', 'msi'], kbPrefix: 'QNPP', hashAlgorithm: 'sha256', sizeBytes: [3.8e6, 5.2e6], restartProbability: 0,
  releases: () => {
    let [major, minor, patch] = [7, 6, 0];
    return ({ random }) => {
      const r = random.next();
      if (r < 0.1) [major, minor, patch] = [major + 1, 0, 0];
      else if (r < 0.6) [minor, patch] = [minor + 1, 0];
      else patch++;
      const version = patch ? `${major}.${minor}.${patch}` : `${major}.${minor}`;
      return { id: `NPP-${version}`, title: `Notepad++ ${version}`, version };
    };
  },
  file: (f) => {
    const fileName = `npp.${f.release.version}.Installer${NPP_SUFFIX[f.platform]}.${f.variant}`;
    const major = f.release.version.split('.')[0];
    return { fileName, url: `https://download.notepad-plus-plus.example/repository/${major}.x/${f.release.version}/${fileName}`, commandLine: f.variant === 'msi' ? QUIET : '/S' };
  },
  updateType: securityOr('Non-Security Update'),
};

const java: Family = {
  key: 'java', vendor: 'Oracle', weight: 8, localized: false,
  products: [
    { name: 'Oracle Java SE 8', slug: 'java8', platforms: ['x64', 'x86'] },
    { name: 'Oracle Java SE 11', slug: 'java11', platforms: ['x64'] },
    { name: 'Oracle Java SE 17', slug: 'java17', platforms: ['x64'] },
    { name: 'Oracle Java SE 21', slug: 'java21', platforms: ['x64'] },
  ],
  variants: ['exe', 'msi'], kbPrefix: 'QJAVA', hashAlgorithm: 'sha256', sizeBytes: [60e6, 180e6], restartProbability: 0,
  releases: () => {
    let [update, patch] = [191, 1];
    return ({ random }) => {
      update += random.int(1, 20);
      patch += 1;
      const version = `8u${update}`;
      const productVersions = { java8: version, java11: `11.0.${patch}`, java17: `17.0.${patch}`, java21: `21.0.${patch}` };
      return { id: `JAVA-${version}`, title: `Oracle Java SE Critical Patch Update (${version}, 11.0.${patch}, 17.0.${patch}, 21.0.${patch})`, version, productVersions };
    };
  },
  file: (f) => {
    const v = f.release.productVersions?.[f.product.slug] ?? f.release.version;
    const fileName = f.product.slug === 'java8'
      ? `jre-${v}-windows-${f.platform === 'x64' ? 'x64' : 'i586'}.${f.variant}`
      : `jdk-${v}_windows-x64_bin.${f.variant}`;
    return { fileName, url: `https://download.oracle.example/java/${v}/${fileName}`, commandLine: f.variant === 'msi' ? `${QUIET} REBOOT=0` : '/s REBOOT=0' };
  },
  updateType: securityOr('Non-Security Update'),
};

const VLC_DIRS: Record<Platform, string> = { x64: 'win64', x86: 'win32', arm64: 'winarm64' };

const vlc: Family = {
  key: 'vlc', vendor: 'VideoLAN', weight: 6, localized: false,
  products: [{ name: 'VLC media player', slug: 'vlc', platforms: ['x64', 'x86', 'arm64'] }],
  variants: ['exe', 'msi'], kbPrefix: 'QVLC', hashAlgorithm: 'sha256', sizeBytes: [38e6, 46e6], restartProbability: 0,
  releases: () => {
    let patch = 5;
    return () => {
      patch++;
      const version = `3.0.${patch}`;
      return { id: `VLC-${version}`, title: `VLC media player ${version}`, version };
    };
  },
  file: (f) => {
    const dir = VLC_DIRS[f.platform];
    const fileName = `vlc-${f.release.version}-${dir}.${f.variant}`;
    return { fileName, url: `https://download.videolan.example/pub/videolan/vlc/${f.release.version}/${dir}/${fileName}`, commandLine: f.variant === 'msi' ? QUIET : '/L=1033 /S' };
  },
  updateType: securityOr('Non-Security Update'),
};

/** Every family, in a fixed order (the generator's choices depend on it). */
export const FAMILIES: readonly Family[] = [windows, dotnet, office, firefox, chrome, adobe, sevenZip, notepadPlusPlus, java, vlc];
