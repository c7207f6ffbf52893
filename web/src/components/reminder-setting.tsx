/**
 * The tenant's one reminder setting: by default a computed deadline sends reminders only after a person
 * confirms or corrects it; a team that trusts the computed dates may let them remind straight away.
 */
import { useState } from 'preact/hooks';
import type { Api } from '../api.ts';
import { useLoad } from '../load.ts';

export function ReminderSetting({ api }: { api: Api }) {
  const [loaded] = useLoad(() => api.settings(), []);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [message, setMessage] = useState('');
  if (loaded.state !== 'ready') return null;
  const checked = saved ?? loaded.value.autoConfirmDeadlines;
  const change = async (value: boolean) => {
    // Shown at once, put back if the save fails: the box never claims a setting the service does not hold.
    const before = checked;
    setSaved(value);
    setMessage('Saving…');
    try {
      const answer = await api.saveSettings({ autoConfirmDeadlines: value });
      setSaved(answer.autoConfirmDeadlines);
      setMessage(
        answer.autoConfirmDeadlines
          ? 'New deadlines will send reminders without a review.'
          : 'New deadlines wait for a review before sending reminders.',
      );
    } catch (error) {
      setSaved(before);
      setMessage(error instanceof Error ? error.message : 'The setting could not be saved.');
    }
  };
  return (
    <section aria-labelledby="reminder-setting" class="card">
      <h2 id="reminder-setting">Reminders</h2>
      <label>
        <input type="checkbox" checked={checked} onChange={(event) => change(event.currentTarget.checked)} /> Send reminders for newly
        computed deadlines without waiting for someone to confirm them
      </label>
      <p class="muted" role="status">
        {message}
      </p>
    </section>
  );
}
