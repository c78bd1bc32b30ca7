import { SETTING_KEYS } from '../../formats/settings/table';
import { useT } from '../i18n/t';
import { useViewStore } from '../view/viewStore';
import { SettingInput } from './SettingInput';

/** Every setting of the table but those a lesson hides; a valid change resets the run and rewrites the link. */
export function SettingsForm() {
  const t = useT();
  const hide = useViewStore((s) => s.view.hide);
  const shown = SETTING_KEYS.filter((k) => !hide.includes(k));
  return (
    <section aria-labelledby="settings-title" className="settings">
      <h2 id="settings-title" tabIndex={-1}>
        {t('controls.settings')}
      </h2>
      <p className="help">
        {t('controls.changing')}
        {shown.length < SETTING_KEYS.length && ' '}
        {shown.length < SETTING_KEYS.length &&
          t('controls.lessonHides', {
            n: SETTING_KEYS.length - shown.length,
          })}
      </p>
      <div className="settings-grid">
        {shown.map((k) => (
          <SettingInput key={k} k={k} />
        ))}
      </div>
    </section>
  );
}
