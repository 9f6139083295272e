/**
 * True for a name an update file can be saved under on an endpoint, never a
 * path: catalogs name the file, agents write it, so "../", "/", "\" (a
 * Windows separator), ":" drive letters and streams, and control characters
 * would let a feed choose where a file lands.
 */
export function isPlainFileName(name: string): boolean {
  return name !== '.' && name !== '..' && name.length <= 255 && !/[/\\:\u0000-\u001f\u007f]/.test(name);
}
