// A question answered yes or no, as two radios: "tell them?", "pause emergency links too?".
import '../../../domain/i18n/sharing.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { Radios } from '../../components/fields.tsx';

export type YesOrNo = 'yes' | 'no';

export function YesNo({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: YesOrNo;
  onChange: (value: YesOrNo) => void;
}) {
  return (
    <Radios
      id={id}
      label={label}
      value={value}
      options={[
        { value: 'yes', label: t('sharing.yes') },
        { value: 'no', label: t('sharing.no') },
      ]}
      onChange={(answer) => onChange(answer as YesOrNo)}
    />
  );
}
