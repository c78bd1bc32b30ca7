import { describe, expect, it } from 'vitest';
import { type Msg, type MsgTemplate, msgText } from '../../formats/msg';
import { FIELD_MESSAGES } from '../../formats/settings/fields';
import { HASH_MESSAGES, parseHash } from '../../formats/settings/hash';
import { SETTING_KEYS, TABLE } from '../../formats/settings/table';
import { VIEW_TABLE } from '../../formats/view/viewTable';
import { hasJapanese, msgT, translate } from '../i18n/t';

const missing = (ms: readonly MsgTemplate[]) => ms.filter((m) => !hasJapanese(m.id)).map((m) => m.id);

/** Every template in a message, its values' included. */
function templates(m: Msg): MsgTemplate[] {
  const inner = Object.values(m.vars ?? {}).flatMap((v) =>
    Array.isArray(v) ? v.flatMap(templates) : typeof v === 'object' ? templates(v) : [],
  );
  return [m, ...inner];
}

const ja = msgT((id, vars) => translate('ja', id, vars));

describe('the settings in Japanese', () => {
  it('every label and help text of the settings table has its Japanese, in the same entry', () => {
    const lacking = SETTING_KEYS.filter((k) => {
      const { label, help, ja } = TABLE[k];
      return (
        !label || !ja.label || ja.label === label || (help !== undefined && (!ja.help || ja.help === help))
      );
    });
    expect(SETTING_KEYS.filter((k) => TABLE[k].help).length).toBeGreaterThan(5);
    expect(lacking).toEqual([]);
  });

  it('every message template of the fields and the link has its Japanese', () => {
    expect(missing([...Object.values(FIELD_MESSAGES), ...Object.values(HASH_MESSAGES)])).toEqual([]);
  });

  it('each bad value in a link gives a message whose every part has its Japanese', () => {
    const bad = [
      ...SETTING_KEYS.map((k) => `${k}=%7Bnope%7D`),
      'methods=nft',
      'methods=nft,nft',
      'mix=',
      ...Object.keys(VIEW_TABLE).map((k) => `${k}=%7Bnope%7D`),
      'hide=seed,seed',
      'foo=1',
      'seed=1&seed=2',
    ];
    for (const part of bad) {
      const { problems } = parseHash(`#${part}`);
      expect(problems.length, part).toBeGreaterThan(0);
      for (const p of problems) {
        expect(missing(templates(p.msg)), part).toEqual([]);
        // The English is the message as it always was; the Japanese keeps the values, without English.
        expect(msgText(p.msg)).toBe(p.message);
        expect(msgText(p.msg, ja)).not.toMatch(/\b(must|unknown|needs|using|given)\b/);
      }
    }
  });

  it('a message is translated as a whole, the field message inside the link problem', () => {
    const [p] = parseHash('#preset=tiny&K=1').problems;
    expect(p.message).toBe('K: must be a whole number in 2..64, got "1"; using 4');
    expect(msgText(p.msg, ja)).toBe('K：2..64 の整数にしてください（指定値 "1"）。4 を使います');
    const [q] = parseHash('#methods=nft').problems;
    expect(msgText(q.msg, ja)).toBe('methods：手法が 2 個以上必要です（指定は 1 個）。nft,rft を使います');
  });
});

describe('an empty default in a link problem', () => {
  it('reads as before in English and names the empty default in Japanese', () => {
    const [p] = parseHash('#hide=zz').problems;
    expect(p.message).toBe('hide: unknown control or panel "zz"; using ');
    expect(msgText(p.msg, ja)).toBe('hide：不明な操作またはパネル："zz"。既定値（空）を使います');
  });
});
