/*
 * Synthetic wsusoffline lists, for the names ../shared/data lacks: lines as
 * wsusoffline publishes them (wsusoffline/wsusoffline @ 942da75, static/),
 * a few of each.
 */

export const MS = 'http://download.microsoft.com/download';

/** Lines of StaticDownloadLinks-dotnet.txt, a list without a language code. */
export const DOTNET = [
  `${MS}/2/0/e/20e90413-712f-438c-988e-fdaa79a8ac3d/dotnetfx35.exe`,
  `${MS}/9/5/A/95A9616B-7A37-4AF6-BC36-D6EA96C8DAAE/dotNetFx40_Full_x86_x64.exe`,
  `${MS}/C/3/A/C3A5200B-D33C-47E9-9D70-2F7C65DAAD94/NDP46-KB3045557-x86-x64-AllOS-ENU.exe`,
  `${MS}/9/1/8/9184AB10-C291-4BF5-B244-06EBE0A15F41/dotNetFx40LP_Full_x86_x64ar.exe`,
  `${MS}/B/B/B/BBBA772C-8E15-4528-BD70-C490AD255B3D/NDP46-KB3045557-x86-x64-AllOS-ARA.exe`,
  `${MS}/2/9/7/29765F48-D253-4691-92FF-F95CA714D3DA/dotNetFx40LP_Full_x86_x64zh-Hans.exe`,
  `${MS}/B/4/B/B4BB144A-E89A-47F0-9321-106DDC18ACDE/NDP46-KB3045557-x86-x64-AllOS-CHS.exe`,
  `${MS}/1/F/E/1FE9194F-89B8-4354-8CCC-5429A0C2740A/dotNetFx40LP_Full_x86_x64zh-Hant.exe`,
  `${MS}/6/4/1/641D746E-7417-46EF-8E02-CD044649931C/dotNetFx40LP_Full_x86_x64de.exe`,
  `${MS}/3/8/3/3831CFA6-17F0-4445-84B4-48E411A0875E/dotNetFx40LP_Full_x86_x64no.exe`,
  `${MS}/8/7/A/87A4FEAA-F7E7-4B09-AE10-87CE68E0700B/dotNetFx40LP_Full_x86_x64pt-BR.exe`,
  `${MS}/E/B/2/EB2FC097-2036-4A4A-BAF2-D50864406847/dotNetFx40LP_Full_x86_x64pt-PT.exe`,
];
/** The culture each DOTNET line must get, typed out from its file name. */
export const DOTNET_CULTURES = ['neutral', 'neutral', 'en-US', 'ar-SA', 'ar-SA', 'zh-CN', 'zh-CN', 'zh-TW', 'de-DE', 'nb-NO', 'pt-BR', 'pt-PT'];
/** Lines of StaticDownloadLinks-w60-x64-5lg.txt, the five-language variant of the glb list. */
export const FIVE_LANGUAGE = [
  `${MS}/8/3/b/83b8c814-b000-44a4-b667-8c1f58727b8b/Windows6.0-KB936330-X64-wave0.exe`,
  `${MS}/5/5/B/55BAB264-02AB-40C0-8B59-438FA4AC22A0/Windows6.0-KB2416470-x64.msu`,
  `${MS}/D/C/F/DCF5DACB-313F-40C6-889C-AD1F8546099D/IE8-WindowsVista-x64-ENU.exe`,
  `${MS}/A/0/2/A02611A6-3EF4-4610-9D82-17331A34FA68/IE8-WindowsVista-x64-DEU.exe`,
  'http://download.windowsupdate.com/d/msdownload/update/software/secu/2017/02/windows6.0-kb4012598-x64_6a186ba2b2b98b2144b50f88baf33a5fa53b5d76.msu',
];
/** wsusoffline's tool lists, one line each. */
export const TOOLS: Record<string, string> = {
  'StaticDownloadLinks-aria2.txt': 'http://optimate.dl.sourceforge.net/project/aria2/stable/aria2-1.18.5/aria2-1.18.5-win-32bit-build1.zip',
  'StaticDownloadLinks-wsus.txt': 'http://download.windowsupdate.com/microsoftupdate/v6/wsusscan/wsusscn2.cab',
  'StaticDownloadLinks-sysinternals.txt': 'http://download.sysinternals.com/files/Sigcheck.zip',
  'StaticDownloadLink-mkisofs.txt': 'http://download.wsusoffline.net/mkisofs.exe',
  'StaticDownloadLink-this.txt': 'https://github.com/wsusoffline/wsusoffline/releases/download/wsusoffline9.2.6/wsusoffline926.zip',
};
