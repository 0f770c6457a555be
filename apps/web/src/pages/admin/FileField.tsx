import { FileField as KitFileField } from '../../components/form';
import { useI18n } from '../../i18n/i18n';
import { MAX_BODY_BYTES } from './constants';
import { bodyBytes, readFileText } from './shared';

export type FileProblem = { key: string; params?: Record<string, string | number> };

/** Reads the chosen file; a problem (unreadable, too big for the 256 kB limit) instead of the text. */
export async function readChosen(file: File | undefined, limitChars?: number): Promise<{ text: string } | { problem: FileProblem }> {
  if (!file) return { problem: { key: 'admin.import.noFile' } };
  let text: string;
  try {
    text = await readFileText(file);
  } catch {
    return { problem: { key: 'admin.import.unreadable' } };
  }
  if (!text.trim()) return { problem: { key: 'admin.import.emptyFile' } };
  const kb = Math.ceil(bodyBytes(text) / 1024);
  if (bodyBytes(text) > MAX_BODY_BYTES - 2048 || (limitChars !== undefined && text.length > limitChars)) return { problem: { key: 'admin.import.tooBig', params: { size: kb } } };
  return { text };
}

/** Compacts JSON text (same content, without spaces): more fits in the 256 kB limit. */
export function compactJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** A file chooser of the import page: the kit's, with the size limit in its hint. */
export function FileField(props: { id: string; label: string; hint: string; accept: string; error?: string; onChange(file: File | undefined): void; testId?: string }) {
  const { t } = useI18n();
  return <KitFileField {...props} hint={`${props.hint} ${t('admin.import.limit')}`} />;
}
