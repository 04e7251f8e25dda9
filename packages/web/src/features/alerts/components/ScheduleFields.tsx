import { useMemo } from "react";
import type { AlertFrequency } from "../../../generated/graphql";
import { describedBy, Field } from "../../../shared/ui/FormField";
import { formatHour, HOURS, timeZoneLabel, timeZoneNames, WEEKDAYS, type AlertSchedule } from "../utils/schedule";
import styles from "./ScheduleFields.module.css";

/**
 * When a daily or weekly alert emails: the hour, the day (weekly) and the time zone. Nothing for an
 * instant alert, unless the API refused its time zone (the browser's, which it may not know).
 */
export function ScheduleFields({
  id,
  frequency,
  schedule,
  onChange: set,
  errors,
}: {
  id: string;
  frequency: AlertFrequency;
  schedule: AlertSchedule;
  onChange: (next: AlertSchedule) => void;
  errors: Record<string, string>;
}) {
  const zones = useMemo(() => timeZoneNames(schedule.timeZone), [schedule.timeZone]);
  if (frequency === "INSTANT" && !errors.timeZone) return null;
  return (
    <fieldset className="form-field">
      <legend className="form-field__label">When to send</legend>
      <div className={styles.row}>
        {frequency === "WEEKLY" && (
          <Field id={`${id}-weekday`} label="Day" error={errors.sendWeekday}>
            <select
              id={`${id}-weekday`}
              className="input"
              value={schedule.sendWeekday}
              onChange={(e) => set({ ...schedule, sendWeekday: Number(e.target.value) })}
              aria-invalid={Boolean(errors.sendWeekday)}
              aria-describedby={describedBy(`${id}-weekday`, { error: errors.sendWeekday })}
            >
              {WEEKDAYS.map((day, i) => (
                <option key={day} value={i + 1}>
                  {day}
                </option>
              ))}
            </select>
          </Field>
        )}
        {frequency !== "INSTANT" && (
          <Field id={`${id}-hour`} label="Time" error={errors.sendHour}>
            <select
              id={`${id}-hour`}
              className="input"
              value={schedule.sendHour}
              onChange={(e) => set({ ...schedule, sendHour: Number(e.target.value) })}
              aria-invalid={Boolean(errors.sendHour)}
              aria-describedby={describedBy(`${id}-hour`, { error: errors.sendHour })}
            >
              {HOURS.map((hour) => (
                <option key={hour} value={hour}>
                  {formatHour(hour)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <div className={styles.zone}>
          <Field id={`${id}-timeZone`} label="Time zone" error={errors.timeZone}>
            <select
              id={`${id}-timeZone`}
              className="input"
              value={schedule.timeZone}
              onChange={(e) => set({ ...schedule, timeZone: e.target.value })}
              aria-invalid={Boolean(errors.timeZone)}
              aria-describedby={describedBy(`${id}-timeZone`, { error: errors.timeZone })}
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {timeZoneLabel(zone)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </div>
    </fieldset>
  );
}
