/**
 * Japanese of the settings whose entry in the settings table carries it (formats/settings/table.ts `ja`):
 * a setting added there brings its own translation, and settingsText.test.ts checks every label and help.
 */
import { SETTING_KEYS, TABLE } from '../../../formats/settings/table';

export const SETTINGS_TABLE: Record<string, string> = Object.fromEntries(
  SETTING_KEYS.flatMap((k) => {
    const { label, help, ja } = TABLE[k];
    if (!ja) return [];
    return [[label, ja.label], ...(help && ja.help ? [[help, ja.help]] : [])];
  }),
);
