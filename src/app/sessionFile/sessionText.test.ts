import { describe, expect, it } from 'vitest';
import { type MsgTemplate, msg, msgText } from '../../formats/msg';
import { CHECK_MESSAGES } from '../../formats/sessionFile/check';
import { FORMAT_MESSAGES, readSession } from '../../formats/sessionFile/format';
import { SCHEMA_MESSAGES } from '../../formats/sessionFile/schema';
import { hasJapanese, msgT, translate } from '../i18n/t';
import { OFFLINE_MESSAGES, offlineText } from '../offline/offlineStore';
import { PERSIST_MESSAGES } from '../persist/messages';
import { EXCHANGE_MESSAGES } from './exchange';

const missing = (ms: readonly MsgTemplate[]) => ms.filter((m) => !hasJapanese(m.id)).map((m) => m.id);
const ja = msgT((id, vars) => translate('ja', id, vars));

describe('the saved session, session files and the offline line in Japanese', () => {
  it.each([
    ['persist', PERSIST_MESSAGES],
    ['offline', OFFLINE_MESSAGES],
    ['check', CHECK_MESSAGES],
    ['schema', SCHEMA_MESSAGES],
    ['format', FORMAT_MESSAGES],
    ['exchange', EXCHANGE_MESSAGES],
  ])('every %s message has its Japanese', (_, messages) => {
    expect(missing(Object.values(messages))).toEqual([]);
  });

  it('a refusal reads the same in English as before, and wholly in Japanese', () => {
    const r = readSession('[1, 2]');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe('not a session file: expected a JSON object');
    expect(msgText(r.msg)).toBe(r.error);
    expect(msgText(r.msg, ja)).toBe('セッションファイルではありません：JSON オブジェクトが必要です');
    const nested = msg(CHECK_MESSAGES.at, { path: 'labels', problem: msg(CHECK_MESSAGES.missing) });
    expect(msgText(nested)).toBe('labels: missing');
    expect(msgText(nested, ja)).toBe('labels：ありません');
  });

  it('the offline line in both languages', () => {
    const off = { kind: 'off', reason: msg(OFFLINE_MESSAGES.devServer) } as const;
    expect(offlineText(off)).toBe('Offline use is off: this is a development server.');
    expect(offlineText(off, ja)).toBe('オフラインでの利用はオフです：開発サーバーです。');
    expect(offlineText({ kind: 'ready', files: 3 }, ja)).toContain('3 個のファイル');
  });
});
