// "They can also suggest changes" under a shared section, where suggestions can be made
// (decision 0029): in the invitation form and when changing what someone sees. On reviews,
// "suggest" lets them work on the person's reviews with them (decision 0043).
import '../../../domain/i18n/invitations.messages.ts';
import '../../../domain/i18n/reviews.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { type Section, TOGETHER_SECTIONS } from '../../../domain/record/sections.ts';
import { SUGGESTABLE_SECTIONS } from '../../../domain/suggestions/suggestable-sections.ts';
import { CheckboxField } from '../../components/fields.tsx';

export function SuggestToo(props: {
  id: string;
  section: Section;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  if ((TOGETHER_SECTIONS as readonly Section[]).includes(props.section))
    return <CheckboxField {...props} label={t('invitations.takePart')} />;
  if (!SUGGESTABLE_SECTIONS.includes(props.section)) return null;
  return <CheckboxField {...props} label={t('invitations.suggest', { section: props.name })} />;
}
