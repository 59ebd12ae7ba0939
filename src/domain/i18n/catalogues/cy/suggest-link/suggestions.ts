import type { Words } from '../../../translate.ts';

export default {
  'suggestions.homeLink': 'Edrych ar awgrymiadau',
  'suggestions.homeCount':
    '{count, plural, zero {Does dim awgrymiadau’n aros amdanoch chi} one {Mae # awgrym yn aros amdanoch chi} two {Mae # awgrym yn aros amdanoch chi} few {Mae # awgrym yn aros amdanoch chi} many {Mae # awgrym yn aros amdanoch chi} other {Mae # awgrym yn aros amdanoch chi}}',
} satisfies Words;
