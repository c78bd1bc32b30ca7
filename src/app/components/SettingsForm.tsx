import { SETTING_KEYS } from '../settings/table';
import { SettingInput } from './SettingInput';

/** Every setting of the table; a valid change resets the run and rewrites the link. */
export function SettingsForm() {
  return (
    <section aria-labelledby="settings-title" className="settings">
      <h2 id="settings-title">Settings</h2>
      <p className="help">
        Changing a setting starts a new run. The page's address is a link to these settings.
      </p>
      <div className="settings-grid">
        {SETTING_KEYS.map((k) => (
          <SettingInput key={k} k={k} />
        ))}
      </div>
    </section>
  );
}
