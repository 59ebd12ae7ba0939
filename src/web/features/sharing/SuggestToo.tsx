// "They can also suggest changes" under a shared section, where suggestions can be made
// (decision 0029): in the invitation form and when changing what someone sees.
import '../../../domain/i18n/invitations.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { SUGGESTABLE_SECTIONS } from '../../../domain/suggestions/suggestable-sections.ts';
import { CheckboxField } from '../../components/fields.tsx';

export function SuggestToo(props: {
  id: string;
  section: Section;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  if (!SUGGESTABLE_SECTIONS.includes(props.section)) return null;
  return <CheckboxField {...props} label={t('invitations.suggest', { section: props.name })} />;
}
