import type { FragmentType } from "../../../generated";
import type { AlertFrequency } from "../../../generated/graphql";
import { toAlertCriteria, type JobSearch } from "../../jobs";
import type { AlertSchedule } from "../utils/schedule";
import { AlertCriteriaFields, type AlertCriteriaFieldsFragment } from "./AlertCriteriaFields";
import { FrequencyField } from "./FrequencyField";
import { ScheduleFields } from "./ScheduleFields";

/** What an alert does, as its forms edit it: how often, when, and what to look for. */
export interface AlertSettings extends AlertSchedule {
  frequency: AlertFrequency;
  criteria: JobSearch;
}

/** The settings as createAlert and updateAlert take them. */
export function alertSettingsInput({ frequency, criteria, timeZone, sendHour, sendWeekday }: AlertSettings) {
  return { frequency, criteria: toAlertCriteria(criteria), timeZone, sendHour, sendWeekday };
}

/** How often, when (daily and weekly) and what to look for: the fields the create and manage forms share. */
export function AlertSettingsFields<S extends AlertSettings>({
  id,
  settings,
  onChange,
  errors,
  options,
}: {
  id: string;
  settings: S;
  onChange: (next: S) => void;
  errors: Record<string, string>;
  options: FragmentType<typeof AlertCriteriaFieldsFragment> | undefined;
}) {
  const { frequency, timeZone, sendHour, sendWeekday } = settings;
  return (
    <>
      <FrequencyField
        id={`${id}-frequency`}
        value={frequency}
        onChange={(next) => onChange({ ...settings, frequency: next })}
        error={errors.frequency}
      />
      <ScheduleFields
        id={id}
        frequency={frequency}
        schedule={{ timeZone, sendHour, sendWeekday }}
        onChange={(next) => onChange({ ...settings, ...next })}
        errors={errors}
      />
      <AlertCriteriaFields
        id={id}
        criteria={settings.criteria}
        onChange={(next) => onChange({ ...settings, criteria: next })}
        errors={errors}
        options={options}
      />
    </>
  );
}
