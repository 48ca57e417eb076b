/**
 * `--fix` writes: atomically (a temporary file beside the target, then a
 * rename), and only when it is safe. A file whose mode bits do not let the
 * user write it is refused, as markdownlint-cli2 and ESLint do, even as root
 * (a rename would replace it regardless); a file that no longer holds the
 * bytes that were read, checked just before the rename, is left alone so that
 * an edit made during the run is not lost. write-file-atomic has no hook
 * between writing and renaming, hence these few lines.
 */
import { randomBytes } from 'node:crypto';
import { chmod, chown, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';

/** True when the mode bits let this process's user write the file (root included: no write bit, no write). */
export function writableByMode(info: Pick<Stats, 'mode' | 'uid' | 'gid'>, user: { uid?: number; groups?: readonly number[] } = currentUser()): boolean {
  const mode = info.mode;
  if (user.uid === undefined) return (mode & 0o200) !== 0;
  if (user.uid === 0) return (mode & 0o222) !== 0;
  if (info.uid === user.uid) return (mode & 0o200) !== 0;
  if (user.groups?.includes(info.gid)) return (mode & 0o020) !== 0;
  return (mode & 0o002) !== 0;
}

function currentUser(): { uid?: number; groups?: readonly number[] } {
  return process.getuid ? { uid: process.getuid(), groups: process.getgroups?.() ?? [] } : {};
}

const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

/** Writes `text` to `file` atomically, refusing a read-only file and one that changed from `expected`. */
export async function safeWriteFile(given: string, text: string, expected?: Uint8Array): Promise<void> {
  // through a symbolic link to the file itself, as write-file-atomic does: the link stays a link
  const file = await realpath(given);
  const info = await stat(file);
  if (!writableByMode(info)) throw failure('EACCES', `permission denied (the file is read-only: mode ${(info.mode & 0o777).toString(8)})`);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temporary, 'wx', info.mode & 0o777);
    created = true;
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temporary, info.mode & 0o7777);
    if (process.getuid?.() === 0) await chown(temporary, info.uid, info.gid).catch(() => {});
    if (expected && !Buffer.from(await readFile(file)).equals(expected)) throw failure('ECHANGED', 'the file changed while it was checked; fixes not written');
    await rename(temporary, file);
    created = false;
  } finally {
    if (created) await unlink(temporary).catch(() => {});
  }
}
