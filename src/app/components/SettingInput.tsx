/**
 * One setting's input, from the settings table. Labels, help and messages are the table's English, shown
 * in the page's language (settingsText.test.ts checks that each has its Japanese).
 */
import { useId, useState } from 'react';
import { type Msg, msgText } from '../../formats/msg';
import { type SettingKey, type Settings, TABLE } from '../../formats/settings/table';
import { msgT, useT } from '../i18n/t';
import { setSetting, useSettingsStore } from '../settings/settingsStore';
import { useViewStore } from '../view/viewStore';

/** Parses a raw value with the table's field; commits it when valid, else shows why inline. */
function useField(k: SettingKey) {
  const field = TABLE[k];
  const value = useSettingsStore((s) => s.settings[k]);
  const formatted = field.format(value as never);
  const commit = (raw: string): Msg | null => {
    const r = field.parse(raw);
    if (!r.ok) return r.msg;
    setSetting(k, r.value as Settings[SettingKey]);
    return null;
  };
  return { field, formatted, commit };
}

export function SettingInput({ k }: { k: SettingKey }) {
  const { field, formatted } = useField(k);
  const id = useId();
  const lang = useViewStore((s) => s.view.lang);
  const text = lang === 'ja' ? TABLE[k].ja : field;
  // key: a committed change elsewhere (a preset, the hash) replaces any draft
  const Input =
    field.input === 'select' ? SelectInput : field.input === 'checklist' ? ChecklistInput : TextInput;
  return (
    <div className="setting" data-testid={`setting-${k}`}>
      <label htmlFor={id}>{text.label}</label>
      <Input key={formatted} k={k} id={id} />
      {text.help && <small className="help">{text.help}</small>}
    </div>
  );
}

function Problem({ id, error }: { id: string; error: Msg | null }) {
  const t = useT();
  return error ? (
    <small id={id} className="invalid" role="alert" data-testid="setting-error">
      {msgText(error, msgT(t))}
    </small>
  ) : null;
}

function TextInput({ k, id }: { k: SettingKey; id: string }) {
  const { field, formatted, commit } = useField(k);
  const [draft, setDraft] = useState(formatted);
  const [error, setError] = useState<Msg | null>(null);
  const check = (raw: string) => {
    const r = field.parse(raw);
    setError(r.ok ? null : r.msg);
  };
  return (
    <>
      <input
        id={id}
        name={k}
        value={draft}
        inputMode={field.input === 'number' ? 'decimal' : 'text'}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          check(e.target.value);
        }}
        onBlur={() => setError(commit(draft))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setError(commit(draft));
        }}
      />
      <Problem id={`${id}-error`} error={error} />
    </>
  );
}

function SelectInput({ k, id }: { k: SettingKey; id: string }) {
  const { field, formatted, commit } = useField(k);
  return (
    <select id={id} name={k} value={formatted} onChange={(e) => commit(e.target.value)}>
      {field.options?.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}

function ChecklistInput({ k, id }: { k: SettingKey; id: string }) {
  const { field, formatted, commit } = useField(k);
  const [error, setError] = useState<Msg | null>(null);
  const chosen = formatted.split(',');
  const toggle = (o: string, on: boolean) => {
    const next = on ? [...chosen, o] : chosen.filter((x) => x !== o);
    setError(commit(field.options?.filter((x) => next.includes(x)).join(',') ?? ''));
  };
  return (
    <>
      <fieldset id={id} className="checklist">
        {field.options?.map((o) => (
          <label key={o}>
            <input
              type="checkbox"
              name={k}
              value={o}
              checked={chosen.includes(o)}
              onChange={(e) => toggle(o, e.target.checked)}
            />
            {o}
          </label>
        ))}
      </fieldset>
      <Problem id={`${id}-error`} error={error} />
    </>
  );
}
